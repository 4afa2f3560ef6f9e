// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QWidget;

namespace cardinal::ui {

class InlineError;

//! A group's members, as the server lists them (Messenger::groups).
//!
//! "groupMembersList" shows each member (data(Qt::UserRole) = identity), the owner marked.
//! Only the owner changes membership: for the owner, "addMemberEdit" + "addMemberButton"
//! add someone by address (looked up first) and "removeMemberButton" removes the selected
//! member (not the owner), and "groupNameEdit" + "renameGroupButton" rename the group.
//! Everyone else sees the list read-only, with "groupMembersNote" saying why, and may
//! leave the group ("leaveGroupButton", after a confirmation; the dialog then closes).
//! Each row shows the member's trust state (verified, unverified, key changed) as its
//! icon and words, every row the same height. Problems show in "groupMembersError".
//! Reloads on Messenger::groupsChanged.
class GroupMembersDialog : public QDialog
{
    Q_OBJECT

public:
    GroupMembersDialog(client::Messenger &messenger, const QByteArray &groupId,
                       QWidget *parent = nullptr);

    //! The group as last loaded (empty id until the first answer arrives).
    [[nodiscard]] const client::GroupInfo &group() const { return m_group; }
    //! Whether we own the group (false until loaded).
    [[nodiscard]] bool isOwner() const;

    void done(int result) override;

Q_SIGNALS:
    //! The members were loaded or reloaded from the server.
    void membersLoaded();

private:
    void reload();
    void display(const client::GroupInfo &group);
    void loaded(quint64 request, const Result<QList<client::GroupInfo>> &groups);
    void add();
    void lookedUp(quint64 request, const QString &typed, const Result<client::Contact> &contact);
    //! An add (`wasAdd`) or remove finished.
    void changed(quint64 request, const Result<void> &outcome, bool wasAdd);
    void removeSelected();
    void rename();
    void leave();
    void leftGroup(quint64 request, const Result<void> &left);
    //! The member's trust icon and words ("verified", …); ourselves: none.
    [[nodiscard]] std::pair<QString, QString> trustOf(const QString &member) const;
    void setBusy(bool busy);
    void updateControls();

    client::Messenger &m_messenger;
    QByteArray m_groupId;
    client::GroupInfo m_group;
    //! Bumped per load / per add or remove, and when the dialog closes: late answers are ignored.
    quint64 m_loadRequest = 0;
    quint64 m_request = 0;
    bool m_busy = false;
    QListWidget *m_list;
    QLabel *m_note;
    QLineEdit *m_addEdit;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_nameEdit;
    QPushButton *m_rename;
    QPushButton *m_leave;
    InlineError *m_error;
};

} // namespace cardinal::ui
