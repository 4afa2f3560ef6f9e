// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/conversations.h"
#include "client/contacts.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace cardinal::ui {

//! The bar above a conversation: avatar, name, a line under it, and for a direct
//! conversation a trust badge (unverified / verified / key changed / revoked) that opens
//! the verify dialog; for a group, a members button.
class ChatHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ChatHeader(QWidget *parent = nullptr);

    //! A direct conversation with `identity` in trust `state`.
    void showDirect(const QString &identity, client::TrustState state);
    //! A group called `title` with `memberCount` members (-1 while unknown).
    void showGroup(const QString &title, int memberCount);

Q_SIGNALS:
    void verifyRequested();
    void membersRequested();

private:
    void setTitle(const QString &title);

    QLabel *m_avatar;
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_trustBadge;
    QToolButton *m_members;
};

} // namespace cardinal::ui
