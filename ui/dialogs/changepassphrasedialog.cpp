// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/changepassphrasedialog.h"

#include "ui/kit/icons.h"
#include "ui/kit/inlineerror.h"
#include "ui/kit/passphrasefields.h"
#include "ui/kit/wording.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

ChangePassphraseDialog::ChangePassphraseDialog(client::Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_messenger(messenger), m_current(new QLineEdit(this)),
      m_fields(new PassphraseFields(this)), m_error(new InlineError(this)),
      m_apply(new QPushButton(Icons::icon(u"lock"), tr("C&hange passphrase"), this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));

    auto *explanation = new QLabel(
        tr("The passphrase unlocks Cardinal on this device. Changing it does not affect your "
           "other devices or your key backup."),
        this);
    explanation->setWordWrap(true);

    m_current->setObjectName(QStringLiteral("currentPassphraseEdit"));
    m_current->setAccessibleName(tr("Current passphrase"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText);
    auto *currentLabel = new QLabel(tr("C&urrent passphrase:"), this);
    currentLabel->setBuddy(m_current);

    m_fields->setObjectName(QStringLiteral("newPassphraseFields"));
    m_error->setObjectName(QStringLiteral("changePassphraseError"));
    m_error->setAccessibleName(tr("Problem"));
    m_apply->setObjectName(QStringLiteral("changePassphraseApplyButton"));
    m_apply->setAccessibleName(tr("Change passphrase"));
    m_apply->setDefault(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ChangePassphraseDialog::apply);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateButton);
    connect(m_fields, &PassphraseFields::changed, this, &ChangePassphraseDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(currentLabel);
    layout->addWidget(m_current);
    layout->addWidget(new QLabel(tr("New passphrase:"), this));
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setTabOrder(m_current, m_fields);
    setMinimumWidth(420);
    m_current->setFocus();
    updateButton();
}

void ChangePassphraseDialog::done(int result)
{
    m_current->clear();
    m_fields->clear();
    QDialog::done(result);
}

void ChangePassphraseDialog::apply()
{
    if (!m_apply->isEnabled())
        return;
    m_error->clearError();
    // Re-sealing runs the keystore's scrypt here: a second or so, not worth a thread.
    setCursor(Qt::BusyCursor);
    const auto changed = m_messenger.changePassphrase(
        crypto::SecureBuffer::fromUtf8(m_current->text()), m_fields->passphrase());
    unsetCursor();
    if (!changed) {
        m_error->showError(changed.error().code == ErrorCode::WrongPassphrase
                             ? tr("The current passphrase is not correct.")
                             : Wording::error(changed.error()));
        m_current->setFocus();
        m_current->selectAll();
        return;
    }
    accept();
}

void ChangePassphraseDialog::updateButton()
{
    m_error->clearError();
    m_apply->setEnabled(!m_current->text().isEmpty() && m_fields->isAcceptable());
}

} // namespace cardinal::ui
