// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/groupmembersdialog.h"

#include "client/messenger.h"
#include "ui/dialogs/lookupwording.h"
#include "ui/kit/icons.h"
#include "ui/kit/inlineerror.h"
#include "ui/kit/wording.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

GroupMembersDialog::GroupMembersDialog(client::Messenger &messenger, const QByteArray &groupId,
                                       QWidget *parent)
    : QDialog(parent), m_messenger(messenger), m_groupId(groupId), m_list(new QListWidget(this)),
      m_note(new QLabel(this)), m_addEdit(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove from group"), this)),
      m_nameEdit(new QLineEdit(this)), m_rename(new QPushButton(tr("Re&name"), this)),
      m_leave(new QPushButton(tr("&Leave group…"), this)), m_error(new InlineError(this))
{
    setObjectName(QStringLiteral("groupMembersDialog"));
    setWindowTitle(tr("Group members"));

    m_list->setObjectName(QStringLiteral("groupMembersList"));
    m_list->setAccessibleName(tr("Members"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every row alike: an icon for each (its trust), one line of text.
    m_list->setIconSize(QSize(20, 20));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_nameEdit->setObjectName(QStringLiteral("groupNameEdit"));
    m_nameEdit->setAccessibleName(tr("Group name"));
    m_nameEdit->setMaxLength(100);
    m_rename->setObjectName(QStringLiteral("renameGroupButton"));
    m_leave->setObjectName(QStringLiteral("leaveGroupButton"));
    m_note->setObjectName(QStringLiteral("groupMembersNote"));
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Note"));
    m_addEdit->setObjectName(QStringLiteral("addMemberEdit"));
    m_addEdit->setAccessibleName(tr("Add someone by e-mail address"));
    m_addEdit->setPlaceholderText(tr("name@example.org"));
    m_addEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    m_add->setAccessibleName(tr("Add member"));
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_remove->setAccessibleName(tr("Remove selected member"));
    m_error->setObjectName(QStringLiteral("groupMembersError"));
    m_error->setAccessibleName(tr("Problem"));

    auto *addLabel = new QLabel(tr("Add &someone:"), this);
    addLabel->setObjectName(QStringLiteral("addMemberLabel"));
    addLabel->setBuddy(m_addEdit);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(addLabel);
    addRow->addWidget(m_addEdit, 1);
    addRow->addWidget(m_add);

    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setObjectName(QStringLiteral("groupNameLabel"));
    nameLabel->setBuddy(m_nameEdit);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_nameEdit, 1);
    nameRow->addWidget(m_rename);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    layout->addLayout(addRow);
    layout->addWidget(m_note);
    layout->addWidget(m_leave, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(380, 400);

    connect(m_list, &QListWidget::currentRowChanged, this, &GroupMembersDialog::updateControls);
    connect(m_addEdit, &QLineEdit::textChanged, this, &GroupMembersDialog::updateControls);
    connect(m_addEdit, &QLineEdit::returnPressed, this, &GroupMembersDialog::add);
    connect(m_add, &QPushButton::clicked, this, &GroupMembersDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &GroupMembersDialog::removeSelected);
    connect(m_rename, &QPushButton::clicked, this, &GroupMembersDialog::rename);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &GroupMembersDialog::rename);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &GroupMembersDialog::updateControls);
    connect(m_leave, &QPushButton::clicked, this, &GroupMembersDialog::leave);
    connect(&m_messenger, &client::Messenger::contactChanged, this, &GroupMembersDialog::reload);
    connect(&m_messenger, &client::Messenger::groupsChanged, this, &GroupMembersDialog::reload);

    m_note->setText(tr("Loading members…"));
    updateControls();
    reload();
}

bool GroupMembersDialog::isOwner() const
{
    return !m_group.id.isEmpty() && m_group.owner == m_messenger.identity();
}

void GroupMembersDialog::done(int result)
{
    ++m_loadRequest;
    ++m_request;
    QDialog::done(result);
}

void GroupMembersDialog::reload()
{
    const quint64 request = ++m_loadRequest;
    m_messenger.groups(this, [this, request](Result<QList<client::GroupInfo>> groups) {
        loaded(request, groups);
    });
}

void GroupMembersDialog::loaded(quint64 request, const Result<QList<client::GroupInfo>> &groups)
{
    if (request != m_loadRequest)
        return;
    if (!groups)
        return m_error->showError(Wording::error(groups.error()));
    for (const client::GroupInfo &group : *groups)
        if (group.id == m_groupId)
            return display(group);
    m_group = {};
    m_list->clear();
    m_note->setText(tr("You are not a member of this group any more."));
    updateControls();
    Q_EMIT membersLoaded();
}

void GroupMembersDialog::display(const client::GroupInfo &group)
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_group = group;
    setWindowTitle(tr("Members of %1").arg(group.name));
    m_list->clear();
    const QString me = m_messenger.identity();
    for (const QString &member : group.members) {
        QString text = member;
        if (member == group.owner && member == me)
            text = tr("%1 (you, owner)").arg(member);
        else if (member == group.owner)
            text = tr("%1 (owner)").arg(member);
        else if (member == me)
            text = tr("%1 (you)").arg(member);
        const auto [icon, trust] = trustOf(member);
        if (!trust.isEmpty())
            text += QStringLiteral(" · ") + trust;
        auto *item = new QListWidgetItem(Icons::icon(icon), text, m_list);
        item->setData(Qt::UserRole, member);
        item->setToolTip(trust.isEmpty() ? member : QStringLiteral("%1: %2").arg(member, trust));
        if (member == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_nameEdit->hasFocus())
        m_nameEdit->setText(group.name);
    m_note->setText(
        isOwner() ? QString()
                  : tr("Only the group's owner, %1, can add or remove members.").arg(group.owner));
    updateControls();
    Q_EMIT membersLoaded();
}

void GroupMembersDialog::add()
{
    const QString typed = m_addEdit->text().trimmed();
    if (m_busy || !isOwner() || typed.isEmpty())
        return;
    m_error->clearError();
    setBusy(true);
    const quint64 request = ++m_request;
    // The lookup first: it tells "nobody by that address" apart, and pins their card.
    m_messenger.lookupContact(typed, this, [this, request, typed](Result<client::Contact> contact) {
        lookedUp(request, typed, contact);
    });
}

void GroupMembersDialog::lookedUp(quint64 request, const QString &typed,
                                  const Result<client::Contact> &contact)
{
    if (request != m_request)
        return;
    if (!contact) {
        setBusy(false);
        return m_error->showError(LookupWording::failure(contact.error(), typed));
    }
    m_messenger.addMember(m_groupId, contact->identity, this, [this, request](Result<void> added) {
        changed(request, added, true);
    });
}

void GroupMembersDialog::changed(quint64 request, const Result<void> &outcome, bool wasAdd)
{
    if (request != m_request)
        return;
    setBusy(false);
    if (!outcome)
        return m_error->showError(Wording::error(outcome.error()));
    if (wasAdd)
        m_addEdit->clear();
    reload();
}

void GroupMembersDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (m_busy || !isOwner() || !item)
        return;
    const QString member = item->data(Qt::UserRole).toString();
    if (member == m_group.owner)
        return;
    m_error->clearError();
    setBusy(true);
    const quint64 request = ++m_request;
    m_messenger.removeMember(m_groupId, member, this, [this, request](Result<void> removed) {
        changed(request, removed, false);
    });
}

std::pair<QString, QString> GroupMembersDialog::trustOf(const QString &member) const
{
    if (member == m_messenger.identity())
        return {QStringLiteral("account"), QString()};
    const auto contact = m_messenger.contact(member);
    const client::TrustState state = contact && contact->has_value()
                                         ? (*contact)->state
                                         : client::TrustState::Unverified;
    QString icon;
    switch (state) {
    case client::TrustState::Verified: icon = QStringLiteral("shield-check"); break;
    case client::TrustState::Changed: icon = QStringLiteral("shield-alert"); break;
    case client::TrustState::Revoked: icon = QStringLiteral("shield-off"); break;
    case client::TrustState::Unverified: icon = QStringLiteral("shield"); break;
    }
    return {icon, Wording::trustState(state)};
}

void GroupMembersDialog::rename()
{
    const QString name = m_nameEdit->text().trimmed();
    if (m_busy || !isOwner() || name.isEmpty() || name == m_group.name)
        return;
    m_error->clearError();
    setBusy(true);
    const quint64 request = ++m_request;
    m_messenger.renameGroup(m_groupId, name, this, [this, request](Result<void> renamed) {
        changed(request, renamed, false);
    });
}

void GroupMembersDialog::leave()
{
    if (m_busy || isOwner() || m_group.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Leave the group?"),
        tr("Leave %1? You will not receive its messages any more, and only its owner can add "
           "you again. Its history stays on this computer.")
            .arg(m_group.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_error->clearError();
    setBusy(true);
    const quint64 request = ++m_request;
    m_messenger.leaveGroup(m_groupId, this, [this, request](Result<void> left) {
        leftGroup(request, left);
    });
}

void GroupMembersDialog::leftGroup(quint64 request, const Result<void> &left)
{
    if (request != m_request)
        return;
    setBusy(false);
    if (!left)
        return m_error->showError(Wording::error(left.error()));
    accept();
}

void GroupMembersDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateControls();
}

void GroupMembersDialog::updateControls()
{
    const bool owner = isOwner();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_addEdit, m_add, m_remove, m_rename})
        widget->setVisible(owner);
    m_nameEdit->setReadOnly(!owner || m_busy);
    m_rename->setEnabled(owner && !m_busy && !m_nameEdit->text().trimmed().isEmpty() &&
                         m_nameEdit->text().trimmed() != m_group.name);
    m_leave->setVisible(!owner && !m_group.id.isEmpty());
    m_leave->setEnabled(!m_busy);
    if (QWidget *label = findChild<QWidget *>(QStringLiteral("addMemberLabel")))
        label->setVisible(owner);
    m_note->setVisible(!m_note->text().isEmpty());
    fitDialogToContents(this);
    const QListWidgetItem *item = m_list->currentItem();
    m_add->setEnabled(owner && !m_busy && !m_addEdit->text().trimmed().isEmpty());
    m_remove->setEnabled(owner && !m_busy && item &&
                         item->data(Qt::UserRole).toString() != m_group.owner);
    m_addEdit->setReadOnly(m_busy);
}

} // namespace cardinal::ui
