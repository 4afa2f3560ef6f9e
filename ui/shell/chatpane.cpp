// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/chatpane.h"

#include "client/messenger.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationview.h"
#include "ui/dialogs/groupmembersdialog.h"
#include "ui/dialogs/verifydialog.h"
#include "ui/kit/icons.h"
#include "ui/kit/wording.h"
#include "ui/shell/chatheader.h"
#include "ui/shell/keychangebanner.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cardinal::ui {

Q_LOGGING_CATEGORY(lcChatPane, "cardinal.ui.chatpane")

namespace {

QWidget *emptyState(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *icon = new QLabel(page);
    icon->setPixmap(Icons::appIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(ChatPane::tr("Your conversations are end-to-end encrypted"), page);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(ChatPane::tr("Pick a conversation on the left, or start a new one "
                                         "with Ctrl+N. Only the people in a conversation can "
                                         "read it — not the server, not us."),
                            page);
    hint->setObjectName(QStringLiteral("emptyStateHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    hint->setForegroundRole(QPalette::PlaceholderText);
    title->setWordWrap(true);
    // A column of at most HintWidth, centred by stretches rather than by an alignment flag:
    // with the flag the layout gives a wrapped label its one-line height and cuts it.
    constexpr int HintWidth = 440;
    auto *column = new QWidget(page);
    column->setMaximumWidth(HintWidth);
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(icon);
    inner->addSpacing(12);
    inner->addWidget(title);
    inner->addWidget(hint);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    return line;
}

} // namespace

ChatPane::ChatPane(client::Messenger &messenger, QWidget *parent)
    : QWidget(parent)
    , m_messenger(messenger)
    , m_pages(new QStackedWidget(this))
    , m_header(new ChatHeader(this))
    , m_banner(new KeyChangeBanner(this))
    , m_view(new ConversationView(this))
    , m_composer(new Composer(this))
{
    setObjectName(QStringLiteral("chatPane"));
    auto *chat = new QWidget(this);
    auto *column = new QVBoxLayout(chat);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_header);
    column->addWidget(separator(chat));
    column->addWidget(m_banner);
    column->addWidget(m_view, 1);
    column->addWidget(separator(chat));
    column->addWidget(m_composer);

    m_pages->addWidget(emptyState(m_pages));
    m_pages->addWidget(chat);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_composer, &Composer::sendRequested, this, &ChatPane::send);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ChatPane::saveDraft);
    connect(m_composer, &Composer::edited, &m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_view, &ConversationView::readMarked, this, &ChatPane::readMarked);
    connect(m_header, &ChatHeader::verifyRequested, this, [this] {
        if (m_ref && m_ref->kind == client::ConversationRef::Kind::Direct)
            openVerifyDialog(m_ref->peer);
    });
    connect(m_header, &ChatHeader::membersRequested, this, &ChatPane::openMembersDialog);
    connect(m_banner, &KeyChangeBanner::verifyRequested, this, &ChatPane::openVerifyDialog);
    connect(m_banner, &KeyChangeBanner::acceptRequested, this, &ChatPane::acceptNewKey);
    connect(&m_messenger, &client::Messenger::contactChanged, this, [this](const QString &who) {
        if (m_ref && (m_ref->peer == who || m_groupMembers.contains(who)))
            refreshTrust();
    });
    connect(&m_messenger, &client::Messenger::groupsChanged, this, [this] {
        if (m_ref && m_ref->kind == client::ConversationRef::Kind::Group)
            refreshGroup();
    });
}

ChatPane::~ChatPane()
{
    saveDraft();
}

void ChatPane::openConversation(const client::ConversationRef &ref)
{
    if (m_ref == ref)
        return;
    saveDraft();
    m_ref = ref;
    auto draft = m_messenger.draft(ref);
    m_savedDraft = draft ? *draft : QString();
    m_composer->setText(m_savedDraft);
    if (auto opened = m_messenger.markOpened(ref); !opened)
        qCWarning(lcChatPane) << "cannot record the open conversation:" << opened.error().message();
    m_groupMembers.clear();
    m_groupMemberCount = -1;
    m_view->setConversation(&m_messenger, ref);
    m_pages->setCurrentIndex(1);
    if (ref.kind == client::ConversationRef::Kind::Group)
        refreshGroup();
    refreshTrust();
}

void ChatPane::closeConversation()
{
    saveDraft();
    m_ref.reset();
    m_savedDraft.clear();
    m_composer->setText(QString());
    m_groupMembers.clear();
    m_view->clear();
    m_pages->setCurrentIndex(0);
}

std::optional<client::ConversationRef> ChatPane::conversation() const
{
    return m_ref;
}

void ChatPane::focusComposer()
{
    if (m_ref)
        m_composer->focusEditor();
}

client::TrustState ChatPane::trustOf(const QString &identity) const
{
    auto contact = m_messenger.contact(identity);
    return contact && contact->has_value() ? (*contact)->state : client::TrustState::Unverified;
}

QString ChatPane::groupTitle() const
{
    auto summaries = m_messenger.conversations();
    if (summaries) {
        for (const client::ConversationSummary &summary : *summaries) {
            if (summary.ref == *m_ref)
                return summary.title;
        }
    }
    return {};
}

void ChatPane::refreshTrust()
{
    if (!m_ref)
        return;
    if (m_ref->kind == client::ConversationRef::Kind::Direct) {
        const client::TrustState state = trustOf(m_ref->peer);
        m_header->showDirect(m_ref->peer, state);
        m_banner->showFor(m_ref->peer, state);
        m_composer->setNotice(state == client::TrustState::Changed
                                  ? tr("Messages are held until you verify or accept the new key.")
                                  : QString());
        return;
    }
    m_header->showGroup(groupTitle(), m_groupMemberCount);
    // A group message is held while any member's key is Changed: show the first such one.
    QString changed;
    for (const QString &member : std::as_const(m_groupMembers)) {
        if (trustOf(member) == client::TrustState::Changed) {
            changed = member;
            break;
        }
    }
    m_banner->showFor(changed, changed.isEmpty() ? client::TrustState::Unverified
                                                 : client::TrustState::Changed);
    m_composer->setNotice(changed.isEmpty()
                              ? QString()
                              : tr("Messages are held until you verify or accept %1's new key.")
                                    .arg(changed));
}

void ChatPane::refreshGroup()
{
    m_messenger.groups(this, [this, groupId = m_ref->groupId](
                                 Result<QList<client::GroupInfo>> groups) {
        applyGroups(groupId, groups);
    });
}

void ChatPane::applyGroups(const QByteArray &groupId, const Result<QList<client::GroupInfo>> &groups)
{
    if (!m_ref || m_ref->groupId != groupId || !groups)
        return;
    for (const client::GroupInfo &group : *groups) {
        if (group.id == groupId) {
            m_groupMembers = group.members;
            m_groupMemberCount = static_cast<int>(group.members.size());
        }
    }
    refreshTrust();
}

void ChatPane::send(const QString &text)
{
    if (!m_ref)
        return;
    auto sent = m_messenger.sendText(*m_ref, text);
    if (!sent) {
        // Nothing typed is lost: the text goes back where it was.
        m_composer->setText(text);
        QMessageBox::warning(this, tr("Message not sent"), Wording::error(sent.error()));
    }
    saveDraft();
}

void ChatPane::saveDraft()
{
    m_draftTimer.stop();
    if (!m_ref)
        return;
    const QString text = m_composer->text();
    const bool blank = text.trimmed().isEmpty();
    if (text == m_savedDraft || (blank && m_savedDraft.isEmpty()))
        return;
    if (auto saved = m_messenger.saveDraft(*m_ref, text); !saved) {
        qCWarning(lcChatPane) << "cannot keep the draft:" << saved.error().message();
        return;
    }
    m_savedDraft = blank ? QString() : text;
    Q_EMIT draftSaved(*m_ref);
}

void ChatPane::openVerifyDialog(const QString &identity)
{
    VerifyDialog dialog(m_messenger, identity, this);
    dialog.exec();
    refreshTrust();
}

void ChatPane::openMembersDialog()
{
    if (!m_ref || m_ref->kind != client::ConversationRef::Kind::Group)
        return;
    GroupMembersDialog dialog(m_messenger, m_ref->groupId, this);
    dialog.exec();
    refreshGroup();
}

void ChatPane::acceptNewKey(const QString &identity)
{
    // Accepting without comparing is exactly what an attacker hopes for: ask once more,
    // with Cancel as the default.
    QMessageBox confirm(QMessageBox::Warning, tr("Accept the new key?"),
                        tr("Accept the new key of %1 without comparing safety numbers?")
                            .arg(identity),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmAcceptKeyDialog"));
    confirm.setInformativeText(
        tr("Do this only if you know why it changed, for example because they told you "
           "about a new phone. The held messages are then sent to the new key. Comparing "
           "the safety number first is safer."));
    QPushButton *accept = confirm.addButton(tr("&Accept new key"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAcceptKeyButton"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != accept)
        return;
    auto accepted = m_messenger.acceptNewKey(identity);
    if (!accepted)
        QMessageBox::warning(this, tr("Could not accept the new key"),
                             Wording::error(accepted.error()));
    refreshTrust();
}

} // namespace cardinal::ui
