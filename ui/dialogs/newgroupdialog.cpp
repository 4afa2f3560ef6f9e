// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/newgroupdialog.h"

#include "ui/dialogs/lookupwording.h"
#include "ui/kit/icons.h"
#include "ui/kit/inlineerror.h"
#include "ui/kit/wording.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

NewGroupDialog::NewGroupDialog(client::Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_messenger(messenger), m_name(new QLineEdit(this)),
      m_members(new QListWidget(this)), m_addEdit(new QLineEdit(this)),
      m_addButton(new QPushButton(tr("&Add"), this)), m_error(new InlineError(this)),
      m_create(new QPushButton(Icons::icon(u"new-group"), tr("&Create"), this))
{
    setObjectName(QStringLiteral("newGroupDialog"));
    setWindowTitle(tr("New group"));

    m_name->setObjectName(QStringLiteral("groupNameEdit"));
    m_name->setAccessibleName(tr("Group name"));
    m_name->setPlaceholderText(tr("e.g. Book club"));
    m_members->setObjectName(QStringLiteral("groupMembersList"));
    m_members->setAccessibleName(tr("Members"));
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addEdit->setObjectName(QStringLiteral("groupAddMemberEdit"));
    m_addEdit->setAccessibleName(tr("Add someone by e-mail address"));
    m_addEdit->setPlaceholderText(tr("name@example.org"));
    m_addEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_addButton->setObjectName(QStringLiteral("groupAddMemberButton"));
    m_addButton->setAccessibleName(tr("Add member"));
    m_error->setObjectName(QStringLiteral("newGroupError"));
    m_error->setAccessibleName(tr("Problem"));
    m_create->setObjectName(QStringLiteral("createGroupButton"));
    m_create->setAccessibleName(tr("Create group"));
    m_create->setDefault(true);

    auto *nameLabel = new QLabel(tr("Group &name:"), this);
    nameLabel->setBuddy(m_name);
    auto *membersLabel = new QLabel(tr("&Members:"), this);
    membersLabel->setBuddy(m_members);
    auto *addLabel = new QLabel(tr("Add &someone else:"), this);
    addLabel->setBuddy(m_addEdit);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addEdit, 1);
    addRow->addWidget(m_addButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);
    layout->addWidget(membersLabel);
    layout->addWidget(m_members, 1);
    layout->addWidget(addLabel);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(380, 420);

    connect(m_name, &QLineEdit::textChanged, this, &NewGroupDialog::updateButtons);
    connect(m_addEdit, &QLineEdit::textChanged, this, [this] {
        m_error->clearError();
        updateButtons();
    });
    connect(m_addEdit, &QLineEdit::returnPressed, this, [this] { addTyped(false); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { addTyped(false); });
    connect(m_create, &QPushButton::clicked, this, &NewGroupDialog::create);

    setTabOrder(m_name, m_members);
    setTabOrder(m_members, m_addEdit);
    setTabOrder(m_addEdit, m_addButton);
    loadContacts();
    updateButtons();
}

QStringList NewGroupDialog::checkedMembers() const
{
    QStringList out;
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            out.append(m_members->item(i)->data(Qt::UserRole).toString());
    return out;
}

void NewGroupDialog::done(int result)
{
    ++m_request;
    setBusy(false);
    QDialog::done(result);
}

void NewGroupDialog::loadContacts()
{
    const auto contacts = m_messenger.contacts();
    if (!contacts)
        return m_error->showError(Wording::error(contacts.error()));
    for (const client::Contact &contact : *contacts)
        if (contact.state != client::TrustState::Revoked)
            addMemberItem(contact.identity, false);
}

void NewGroupDialog::addMemberItem(const QString &identity, bool checked)
{
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->data(Qt::UserRole).toString() == identity) {
            if (checked)
                m_members->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    auto *item = new QListWidgetItem(identity, m_members);
    item->setData(Qt::UserRole, identity);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void NewGroupDialog::addTyped(bool thenCreate)
{
    const QString typed = m_addEdit->text().trimmed();
    if (m_busy || typed.isEmpty())
        return;
    m_error->clearError();
    setBusy(true);
    const quint64 request = ++m_request;
    m_messenger.lookupContact(
        typed, this, [this, request, typed, thenCreate](Result<client::Contact> contact) {
            lookedUp(request, typed, thenCreate, contact);
        });
}

void NewGroupDialog::lookedUp(quint64 request, const QString &typed, bool thenCreate,
                              const Result<client::Contact> &contact)
{
    if (request != m_request)
        return;
    setBusy(false);
    if (!contact) {
        m_error->showError(LookupWording::failure(contact.error(), typed));
        m_addEdit->setFocus();
        return;
    }
    addMemberItem(contact->identity, true);
    m_addEdit->clear();
    if (thenCreate)
        create();
}

void NewGroupDialog::create()
{
    if (m_busy || m_name->text().trimmed().isEmpty())
        return;
    // An address still in the field is surely meant to be in the group.
    if (!m_addEdit->text().trimmed().isEmpty())
        return addTyped(true);
    m_error->clearError();
    setBusy(true);
    const quint64 request = ++m_request;
    m_messenger.createGroup(m_name->text().trimmed(), checkedMembers(), this,
                            [this, request](Result<QByteArray> id) { created(request, id); });
}

void NewGroupDialog::created(quint64 request, const Result<QByteArray> &id)
{
    if (request != m_request)
        return;
    setBusy(false);
    if (!id)
        return m_error->showError(Wording::error(id.error()));
    m_groupId = *id;
    accept();
}

void NewGroupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setReadOnly(busy);
    m_addEdit->setReadOnly(busy);
    m_members->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void NewGroupDialog::updateButtons()
{
    m_addButton->setEnabled(!m_busy && !m_addEdit->text().trimmed().isEmpty());
    m_create->setEnabled(!m_busy && !m_name->text().trimmed().isEmpty());
}

} // namespace cardinal::ui
