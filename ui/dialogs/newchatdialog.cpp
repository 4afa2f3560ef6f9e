// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/newchatdialog.h"

#include "ui/dialogs/lookupwording.h"
#include "ui/kit/icons.h"
#include "ui/kit/inlineerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

NewChatDialog::NewChatDialog(client::Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_messenger(messenger), m_edit(new QLineEdit(this)),
      m_error(new InlineError(this)), m_busyBar(new QProgressBar(this)),
      m_start(new QPushButton(Icons::icon(u"new-chat"), tr("&Start chat"), this))
{
    setObjectName(QStringLiteral("newChatDialog"));
    setWindowTitle(tr("New chat"));

    auto *prompt =
        new QLabel(tr("Who do you want to write to? Enter their &e-mail address."), this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_edit);

    m_edit->setObjectName(QStringLiteral("newChatIdentity"));
    m_edit->setAccessibleName(tr("E-mail address"));
    m_edit->setPlaceholderText(tr("name@example.org"));
    m_edit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_edit->setClearButtonEnabled(true);

    m_error->setObjectName(QStringLiteral("newChatError"));
    m_error->setAccessibleName(tr("Problem"));

    m_busyBar->setObjectName(QStringLiteral("newChatBusy"));
    m_busyBar->setAccessibleName(tr("Looking up"));
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    m_start->setObjectName(QStringLiteral("startChatButton"));
    m_start->setAccessibleName(tr("Start chat"));
    m_start->setDefault(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    // accepted() stays unconnected: accepting is the lookup's job.
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &NewChatDialog::start);
    connect(m_edit, &QLineEdit::returnPressed, this, &NewChatDialog::start);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_error->clearError();
        updateButton();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(360);
    updateButton();
}

void NewChatDialog::done(int result)
{
    ++m_request;
    setBusy(false);
    QDialog::done(result);
}

void NewChatDialog::start()
{
    const QString typed = m_edit->text().trimmed();
    if (m_busy || typed.isEmpty())
        return;
    m_error->clearError();
    setBusy(true);
    const quint64 request = ++m_request;
    m_messenger.lookupContact(typed, this, [this, request, typed](Result<client::Contact> contact) {
        lookedUp(request, typed, contact);
    });
}

void NewChatDialog::lookedUp(quint64 request, const QString &typed,
                             const Result<client::Contact> &contact)
{
    if (request != m_request)
        return;
    setBusy(false);
    if (!contact) {
        m_error->showError(LookupWording::failure(contact.error(), typed));
        m_edit->setFocus();
        m_edit->selectAll();
        return;
    }
    m_identity = contact->identity;
    accept();
}

void NewChatDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_edit->setReadOnly(busy);
    updateButton();
}

void NewChatDialog::updateButton()
{
    m_start->setEnabled(!m_busy && !m_edit->text().trimmed().isEmpty());
}

} // namespace cardinal::ui
