// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/conversationlistmodel.h"

#include "client/messenger.h"
#include "ui/kit/wording.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace cardinal::ui {

Q_LOGGING_CATEGORY(lcConversationList, "cardinal.ui.conversationlist")

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(CoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &ConversationListModel::refresh);
}

void ConversationListModel::setMessenger(client::Messenger *messenger)
{
    if (m_messenger)
        disconnect(m_messenger, nullptr, this, nullptr);
    m_messenger = messenger;
    if (messenger) {
        using client::Messenger;
        connect(messenger, &Messenger::messagesAdded, this,
                &ConversationListModel::scheduleRefresh);
        connect(messenger, &Messenger::messageChanged, this,
                &ConversationListModel::scheduleRefresh);
        connect(messenger, &Messenger::contactChanged, this,
                &ConversationListModel::scheduleRefresh);
        connect(messenger, &Messenger::groupsChanged, this,
                &ConversationListModel::scheduleRefresh);
        // Our own commands show at once: the person is looking at what they just did.
        connect(messenger, &Messenger::conversationStarted, this, &ConversationListModel::refresh);
        connect(messenger, &Messenger::conversationRead, this, &ConversationListModel::refresh);
        connect(messenger, &Messenger::draftSaved, this, &ConversationListModel::refresh);
    }
    refresh();
}

void ConversationListModel::scheduleRefresh()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void ConversationListModel::refresh()
{
    m_timer.stop();
    QList<client::ConversationSummary> summaries;
    if (m_messenger) {
        auto read = m_messenger->conversations();
        if (!read) {
            // Keep showing what we had rather than an empty list.
            qCWarning(lcConversationList) << "cannot read conversations:" << read.error().message();
            return;
        }
        summaries = std::move(*read);
    }
    beginResetModel();
    m_summaries = std::move(summaries);
    endResetModel();
    int total = 0;
    for (const client::ConversationSummary &summary : std::as_const(m_summaries))
        total += summary.unreadCount;
    if (total != m_totalUnread) {
        m_totalUnread = total;
        Q_EMIT totalUnreadChanged(total);
    }
    Q_EMIT refreshed();
}

std::optional<client::ConversationRef> ConversationListModel::ref(int row) const
{
    if (row < 0 || row >= m_summaries.size())
        return std::nullopt;
    return m_summaries.at(row).ref;
}

std::optional<int> ConversationListModel::rowOf(const client::ConversationRef &ref) const
{
    for (int row = 0; row < m_summaries.size(); ++row)
        if (m_summaries.at(row).ref == ref)
            return row;
    return std::nullopt;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

QString ConversationListModel::title(const client::ConversationSummary &summary) const
{
    if (!summary.title.isEmpty())
        return summary.title;
    return summary.ref.kind == client::ConversationRef::Kind::Group ? tr("Unnamed group")
                                                                    : summary.ref.peer;
}

QString ConversationListModel::preview(const client::ConversationSummary &summary) const
{
    // Notices are recorded in the direct conversation with the identity they are about.
    if (summary.lastNotice && summary.ref.kind == client::ConversationRef::Kind::Direct)
        return Wording::notice(*summary.lastNotice, summary.ref.peer);
    return summary.lastPreview;
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_summaries.size())
        return {};
    const client::ConversationSummary &summary = m_summaries.at(index.row());
    const bool group = summary.ref.kind == client::ConversationRef::Kind::Group;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return title(summary);
    case PreviewRole:
        return preview(summary);
    case TimeTextRole:
        return Wording::shortTime(summary.lastAtMs, QDateTime::currentDateTime());
    case UnreadRole:
        return summary.unreadCount;
    case DraftRole:
        return summary.draft;
    case IsGroupRole:
        return group;
    case SearchTextRole:
        return QString(title(summary) + QLatin1Char('\n') + preview(summary) + QLatin1Char('\n') +
                       summary.draft);
    case Qt::AccessibleTextRole: {
        QString text = group ? tr("Group %1").arg(title(summary)) : title(summary);
        if (summary.unreadCount > 0)
            text += QStringLiteral(", ") + tr("%n unread", nullptr, summary.unreadCount);
        if (!summary.draft.isEmpty())
            text += QStringLiteral(", ") + tr("Draft: %1").arg(summary.draft);
        else if (const QString last = preview(summary); !last.isEmpty())
            text += QStringLiteral(", ") +
                    Wording::shortTime(summary.lastAtMs, QDateTime::currentDateTime()) +
                    QStringLiteral(": ") + last;
        return text;
    }
    case Qt::ToolTipRole:
        return title(summary);
    default:
        return {};
    }
}

} // namespace cardinal::ui
