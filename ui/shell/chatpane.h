// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/conversations.h"
#include "client/messenger.h"
#include "client/contacts.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QStackedWidget;

namespace cardinal::client {
class Messenger;
}

namespace cardinal::ui {

class ChatHeader;
class Composer;
class ConversationView;
class KeyChangeBanner;

//! The right-hand side of the main window: one conversation with its header, the
//! key-change banner, the timeline and the composer, or a friendly empty state when no
//! conversation is open.
//!
//! It keeps the trust decisions where the person can see them: while a contact's key is
//! Changed the banner offers Verify and Accept, and the composer says that what is typed
//! now is held (the client core holds it; nothing is encrypted to the new key until then).
//!
//! What is typed and not sent is the open conversation's draft: kept (sealed, in the
//! profile) shortly after each change, when another conversation opens and when the pane
//! goes away (lock, quit), and put back when the conversation opens again.
class ChatPane : public QWidget
{
    Q_OBJECT

public:
    //! How long typing has to pause before the draft is written.
    static constexpr int DraftDelayMs = 400;

    explicit ChatPane(client::Messenger &messenger, QWidget *parent = nullptr);
    ~ChatPane() override;

    void openConversation(const client::ConversationRef &ref);
    void closeConversation();
    [[nodiscard]] std::optional<client::ConversationRef> conversation() const;
    //! Puts the keyboard focus in the composer.
    void focusComposer();

Q_SIGNALS:
    //! The timeline marked the open conversation read (the list's unread counts changed).
    void readMarked(const cardinal::client::ConversationRef &ref);
    //! A conversation's draft was written or removed (the list shows drafts).
    void draftSaved(const cardinal::client::ConversationRef &ref);

private:
    void refreshTrust();
    void refreshGroup();
    void applyGroups(const QByteArray &groupId, const Result<QList<client::GroupInfo>> &groups);
    void send(const QString &text);
    //! Writes the composer's text as the open conversation's draft, if it changed.
    void saveDraft();
    void openVerifyDialog(const QString &identity);
    void openMembersDialog();
    void acceptNewKey(const QString &identity);
    [[nodiscard]] QString groupTitle() const;
    [[nodiscard]] client::TrustState trustOf(const QString &identity) const;

    client::Messenger &m_messenger;
    std::optional<client::ConversationRef> m_ref;
    QStringList m_groupMembers;
    int m_groupMemberCount = -1;
    QTimer m_draftTimer;
    QString m_savedDraft; //!< the open conversation's draft as last written

    QStackedWidget *m_pages;
    ChatHeader *m_header;
    KeyChangeBanner *m_banner;
    ConversationView *m_view;
    Composer *m_composer;
};

} // namespace cardinal::ui
