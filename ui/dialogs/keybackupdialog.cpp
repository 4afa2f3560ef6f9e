// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/keybackupdialog.h"

#include "ui/kit/icons.h"
#include "ui/kit/inlineerror.h"
#include "ui/kit/passphrasefields.h"
#include "ui/kit/wording.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

KeyBackupDialog::KeyBackupDialog(client::Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_messenger(messenger), m_fields(new PassphraseFields(this)),
      m_error(new InlineError(this)),
      m_upload(new QPushButton(Icons::icon(u"key"), tr("&Back up"), this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up your key"));

    auto *explanation = new QLabel(
        tr("Your identity key is what makes you you on Cardinal. A backup lets you restore it "
           "on a new device, with the same address and the same safety numbers, if this one "
           "is lost.\n\nThe backup is locked with the passphrase you choose here before it "
           "leaves this device: the server cannot open it. Keep the passphrase somewhere "
           "safe; without it the backup is useless."),
        this);
    explanation->setObjectName(QStringLiteral("backupExplanation"));
    explanation->setWordWrap(true);

    m_fields->setObjectName(QStringLiteral("backupPassphraseFields"));
    m_error->setObjectName(QStringLiteral("backupError"));
    m_error->setAccessibleName(tr("Problem"));
    m_upload->setObjectName(QStringLiteral("backupUploadButton"));
    m_upload->setAccessibleName(tr("Back up"));
    m_upload->setDefault(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_upload, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_upload, &QPushButton::clicked, this, &KeyBackupDialog::upload);
    connect(m_fields, &PassphraseFields::changed, this, [this] {
        m_error->clearError();
        setBusy(m_busy);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_fields->setFocus();
    setBusy(false);
}

void KeyBackupDialog::done(int result)
{
    ++m_request;
    m_fields->clear();
    QDialog::done(result);
}

void KeyBackupDialog::upload()
{
    if (m_busy || !m_fields->isAcceptable())
        return;
    m_error->clearError();
    setBusy(true);
    const quint64 request = ++m_request;
    m_messenger.uploadBackup(m_fields->passphrase(), this, [this, request](Result<void> stored) {
        uploaded(request, stored);
    });
}

void KeyBackupDialog::uploaded(quint64 request, const Result<void> &stored)
{
    if (request != m_request)
        return;
    setBusy(false);
    if (!stored) {
        m_error->showError(Wording::error(stored.error()));
        return;
    }
    accept();
}

void KeyBackupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_fields->setEnabled(!busy);
    m_upload->setEnabled(!busy && m_fields->isAcceptable());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace cardinal::ui
