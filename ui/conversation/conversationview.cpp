// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/conversationview.h"

#include "client/messenger.h"
#include "ui/conversation/messagedelegate.h"
#include "ui/conversation/messagelistview.h"
#include "ui/conversation/messagemodel.h"
#include "ui/kit/wording.h"

#include <QIdentityProxyModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>

namespace cardinal::ui {

Q_LOGGING_CATEGORY(lcConversationView, "cardinal.ui.conversation")

//! The model as the list view sees it, without canFetchMore(). QAbstractItemView fetches more
//! whenever its *last* row is visible, assuming lists grow downwards; a timeline grows
//! upwards and always shows its last row, so the view would read the whole conversation.
//! ConversationView calls fetchMore() itself when the top comes near.
class TimelineProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent), m_list(new MessageListView(this)), m_proxy(new TimelineProxy(this)),
      m_delegate(new MessageDelegate(this)), m_placeholder(new QLabel(this)),
      m_stack(new QStackedLayout(this))
{
    m_list->setObjectName(QStringLiteral("messageView"));
    m_list->setAccessibleName(tr("Messages"));
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_proxy);
    m_placeholder->setObjectName(QStringLiteral("conversationPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Choose a conversation, or start one with New chat."));
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_list);
    setFocusProxy(m_list);

    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ConversationView::fetchOlderIfNear);
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &ConversationView::fetchOlderIfNear);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int) { onRowsAboutToBeInserted(first); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
}

ConversationView::~ConversationView() = default;

void ConversationView::setConversation(client::Messenger *messenger,
                                       const client::ConversationRef &ref)
{
    clear();
    if (!messenger || !ref.isValid())
        return;
    m_messenger = messenger;
    m_ref = ref;
    m_model = new MessageModel(messenger, ref, this);
    if (!m_model->load()) {
        m_placeholder->setText(Wording::error(*m_model->lastError()));
        return;
    }
    m_proxy->setSourceModel(m_model);
    m_stack->setCurrentWidget(m_list);
    m_list->layoutNow();
    m_list->scrollToBottom();
    m_wasAtBottom = true;
    markRead();
}

void ConversationView::clear()
{
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_delegate->clearCache();
    m_messenger = nullptr;
    m_ref = {};
    m_unreadPending = false;
    m_placeholder->setText(tr("Choose a conversation, or start one with New chat."));
    m_stack->setCurrentWidget(m_placeholder);
}

client::ConversationRef ConversationView::conversation() const
{
    return m_ref;
}

bool ConversationView::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate && m_unreadPending)
        QTimer::singleShot(0, this, [this] {
            if (m_unreadPending && isVisible() && window()->isActiveWindow())
                markRead();
        });
    return QWidget::event(event);
}

void ConversationView::markRead()
{
    if (!m_messenger || !m_ref.isValid())
        return;
    m_unreadPending = false;
    if (auto done = m_messenger->markRead(m_ref); !done) {
        qCWarning(lcConversationView) << "cannot mark read:" << done.error().message();
        return;
    }
    Q_EMIT readMarked(m_ref);
}

void ConversationView::fetchOlderIfNear()
{
    if (m_fetching || !m_model || !m_model->canFetchMore({}))
        return;
    if (m_list->verticalScrollBar()->value() > m_list->viewport()->height())
        return;
    // Deferred: this runs inside the scroll bar's signals, and fetching moves the bar again.
    m_fetching = true;
    QTimer::singleShot(0, this, [this, model = QPointer<MessageModel>(m_model)] {
        m_fetching = false;
        if (!model || model != m_model || !m_model->canFetchMore({}))
            return;
        QScrollBar *bar = m_list->verticalScrollBar();
        if (bar->value() > m_list->viewport()->height())
            return;
        // Keep the rows on screen where they are: same distance from the bottom.
        m_list->layoutNow();
        const int fromBottom = bar->maximum() - bar->value();
        m_loadingOlder = true;
        m_model->fetchMore({});
        m_loadingOlder = false;
        m_list->layoutNow();
        bar->setValue(bar->maximum() - fromBottom);
        // Still near the top (a short window): the next one, until the start is read.
        fetchOlderIfNear();
    });
}

void ConversationView::onRowsAboutToBeInserted(int first)
{
    Q_UNUSED(first);
    if (!m_model || m_loadingOlder)
        return; // an older window, placed by fetchOlderIfNear()
    m_wasAtBottom = m_list->isAtBottom();
}

void ConversationView::onRowsInserted(int first, int last)
{
    if (!m_model || m_loadingOlder)
        return;
    bool incoming = false;
    bool mustShow = false;
    for (int row = first; row <= last; ++row) {
        const int direction = m_model->index(row).data(MessageModel::DirectionRole).toInt();
        incoming = incoming || direction == int(client::Direction::Incoming);
        mustShow = mustShow || direction == int(client::Direction::Outgoing) ||
                   direction == int(client::Direction::System);
    }
    // What the user just wrote is always shown, and so is a trust notice: it explains the
    // banner above and what happens to the next message.
    if (m_wasAtBottom || mustShow) {
        m_list->layoutNow();
        m_list->scrollToBottom();
    }
    if (!incoming)
        return;
    if (isVisible() && window()->isActiveWindow())
        markRead();
    else
        m_unreadPending = true;
}

} // namespace cardinal::ui
