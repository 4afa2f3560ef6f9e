// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cardinal::ui {

class InlineError;

//! Creating a group: a name ("groupNameEdit") and members, ticked from the known contacts
//! ("groupMembersList", checkable items whose data(Qt::UserRole) is the identity) or added
//! by e-mail address ("groupAddMemberEdit" + "groupAddMemberButton", looked up first, then
//! added ticked to the list). "Create" ("createGroupButton") adds an address still typed in
//! the field, then calls Messenger::createGroup (which also records the group's title in the
//! history). Problems show in "newGroupError"; on success the dialog is accepted and
//! groupId() is the new group's id.
class NewGroupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewGroupDialog(client::Messenger &messenger, QWidget *parent = nullptr);

    //! The new group's id (after accept()).
    [[nodiscard]] QByteArray groupId() const { return m_groupId; }
    //! The identities ticked now.
    [[nodiscard]] QStringList checkedMembers() const;

    void done(int result) override;

private:
    void loadContacts();
    //! Looks up the typed address; on success adds it ticked and, if `thenCreate`, creates.
    void addTyped(bool thenCreate);
    void addMemberItem(const QString &identity, bool checked);
    void lookedUp(quint64 request, const QString &typed, bool thenCreate,
                  const Result<client::Contact> &contact);
    void create();
    void created(quint64 request, const Result<QByteArray> &id);
    void setBusy(bool busy);
    void updateButtons();

    client::Messenger &m_messenger;
    QByteArray m_groupId;
    quint64 m_request = 0;
    bool m_busy = false;
    QLineEdit *m_name;
    QListWidget *m_members;
    QLineEdit *m_addEdit;
    QPushButton *m_addButton;
    InlineError *m_error;
    QPushButton *m_create;
};

} // namespace cardinal::ui
