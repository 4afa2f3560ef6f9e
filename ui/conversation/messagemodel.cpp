// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/messagemodel.h"

#include "client/messenger.h"
#include "ui/kit/wording.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace cardinal::ui {

using client::Direction;
using client::HistoryMessage;
using client::MessageState;

MessageModel::MessageModel(client::Messenger *messenger,
                           const client::ConversationRef &conversation, QObject *parent)
    : QAbstractListModel(parent), m_messenger(messenger), m_conversation(conversation)
{
    if (!messenger)
        return;
    connect(messenger, &client::Messenger::messagesAdded, this, &MessageModel::onMessagesAdded);
    connect(messenger, &client::Messenger::messageChanged, this,
            &MessageModel::onMessageChanged);
}

bool MessageModel::load()
{
    if (!m_messenger)
        return false;
    auto window = m_messenger->messages(m_conversation, InitialWindow);
    if (!window) {
        m_lastError = window.error();
        return false;
    }
    beginResetModel();
    m_rows.clear();
    m_orderKeys.clear();
    m_rows.reserve(window->size());
    for (auto it = window->crbegin(); it != window->crend(); ++it)
        m_rows.append(toRow(*it));
    for (int row = 0; row < m_rows.size(); ++row)
        refreshFlags(row);
    m_reachedStart = window->size() < InitialWindow;
    m_loaded = true;
    m_lastError.reset();
    endResetModel();
    return true;
}

bool MessageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_reachedStart && m_messenger;
}

void MessageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int limit = std::clamp(int(m_rows.size()) / 2, InitialWindow, MaxFetchWindow);
    const std::optional<qint64> before =
        m_rows.isEmpty() ? std::nullopt : std::optional<qint64>(m_rows.first().orderKey);
    auto window = m_messenger->messages(m_conversation, limit, before);
    if (!window) {
        // Stop asking: a damaged row would fail every time the user scrolls up.
        m_lastError = window.error();
        m_reachedStart = true;
        return;
    }
    m_reachedStart = window->size() < limit;
    if (window->isEmpty())
        return;
    const int count = int(window->size());
    beginInsertRows({}, 0, count - 1);
    QList<Row> older;
    older.reserve(count + m_rows.size());
    for (auto it = window->crbegin(); it != window->crend(); ++it)
        older.append(toRow(*it));
    older.append(std::move(m_rows));
    m_rows = std::move(older);
    for (int row = 0; row < count; ++row)
        refreshFlags(row);
    endInsertRows();
    // The row that was first may have lost its day separator or sender name.
    if (m_rows.size() > count) {
        const bool firstOfDay = m_rows.at(count).firstOfDay;
        const bool showSender = m_rows.at(count).showSender;
        refreshFlags(count);
        if (firstOfDay != m_rows.at(count).firstOfDay || showSender != m_rows.at(count).showSender)
            Q_EMIT dataChanged(index(count), index(count));
    }
}

std::optional<int> MessageModel::rowOf(const protocol::MessageId &id) const
{
    const auto key = m_orderKeys.constFind(id);
    if (key == m_orderKeys.cend())
        return std::nullopt;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), *key,
                                     [](const Row &row, qint64 k) { return row.orderKey < k; });
    if (it == m_rows.cend() || it->orderKey != *key)
        return std::nullopt;
    return int(it - m_rows.cbegin());
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row);
    case TextRole: {
        const QString shown = collapsedText(row);
        return shown.isEmpty() ? text(row) : shown;
    }
    case CollapsedRole:
        return !collapsedText(row).isEmpty();
    case ExpandedRole:
        return row.expanded;
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case Qt::ToolTipRole:
        return QString(
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.atMs).date(), QLocale::LongFormat) +
            QStringLiteral(", ") + Wording::timeOfDay(QDateTime::fromMSecsSinceEpoch(row.atMs).time()) +
            QLatin1Char('\n') + Wording::messageState(row.state));
    case SenderRole:
        return row.sender;
    case DirectionRole:
        return int(row.direction);
    case StateRole:
        return int(row.state);
    case TimestampRole:
        return row.atMs;
    case TimeTextRole:
        return Wording::timeOfDay(QDateTime::fromMSecsSinceEpoch(row.atMs).time());
    case FirstOfDayRole:
        return row.firstOfDay;
    case DayLabelRole:
        return Wording::day(QDate::fromJulianDay(row.day), QDate::currentDate());
    case ShowSenderRole:
        return row.showSender;
    case NoteRole:
        return note(row);
    case ExplanationRole:
        if (row.state != MessageState::Undecryptable)
            return QString();
        return tr("It reached this device but could not be opened, so nobody can read it here. "
                  "It may have been damaged on the way or sent to an old key; ask the sender "
                  "to send it again.");
    case OrderKeyRole:
        return row.orderKey;
    case IdRole:
        return row.id.toByteArray();
    case SizeKeyRole:
        return (quint64(row.orderKey) << 9) | (row.expanded ? 256u : 0u) |
               (quint64(row.state) << 2) | (row.firstOfDay ? 2u : 0u) | (row.showSender ? 1u : 0u);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TextRole, "text");
    names.insert(SenderRole, "sender");
    names.insert(DirectionRole, "direction");
    names.insert(StateRole, "state");
    names.insert(TimestampRole, "timestamp");
    names.insert(FirstOfDayRole, "firstOfDay");
    names.insert(DayLabelRole, "dayLabel");
    return names;
}

void MessageModel::onMessagesAdded(const QList<HistoryMessage> &messages)
{
    if (!m_loaded)
        return;
    for (const HistoryMessage &message : messages)
        add(message);
}

void MessageModel::add(const HistoryMessage &message)
{
    if (message.conversation != m_conversation)
        return;
    if (rowOf(message.id)) {
        onMessageChanged(message);
        return;
    }
    const qint64 key = message.orderKey;
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [](qint64 k, const Row &row) { return k < row.orderKey; });
    // Older than what is loaded: fetchMore() will read it in its place.
    if (it == m_rows.cbegin() && !m_rows.isEmpty() && !m_reachedStart)
        return;
    const int row = int(it - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, toRow(message));
    refreshFlags(row);
    endInsertRows();
    if (row + 1 < m_rows.size()) {
        refreshFlags(row + 1);
        Q_EMIT dataChanged(index(row + 1), index(row + 1));
    }
}

void MessageModel::onMessageChanged(const HistoryMessage &message)
{
    const std::optional<int> row = rowOf(message.id);
    if (!row)
        return;
    Row &target = m_rows[*row];
    target.state = message.state;
    target.delivered = message.delivered;
    target.total = message.total;
    target.failure = message.failure;
    Q_EMIT dataChanged(index(*row), index(*row));
}

MessageModel::Row MessageModel::toRow(const HistoryMessage &message)
{
    Row row;
    row.id = message.id;
    auto sender = m_senders.constFind(message.sender);
    if (sender == m_senders.cend())
        sender = m_senders.insert(message.sender, message.sender);
    row.sender = *sender;
    row.direction = message.direction;
    row.state = message.state;
    row.failure = message.failure;
    row.atMs = message.direction == Direction::Incoming ? message.receivedAtMs : message.sentAtMs;
    row.orderKey = message.orderKey;
    row.day = qint32(QDateTime::fromMSecsSinceEpoch(row.atMs).date().toJulianDay());
    row.delivered = message.delivered;
    row.total = message.total;
    if (message.state != MessageState::Undecryptable)
        row.body = message.body;
    row.collapsed = collapse(row);
    m_orderKeys.insert(message.id, message.orderKey);
    return row;
}

void MessageModel::refreshFlags(int row)
{
    Row &current = m_rows[row];
    const Row *above = row > 0 ? &m_rows.at(row - 1) : nullptr;
    current.firstOfDay = !above || above->day != current.day;
    current.showSender = m_conversation.kind == client::ConversationRef::Kind::Group &&
                         current.direction == Direction::Incoming &&
                         (current.firstOfDay || above->direction != Direction::Incoming ||
                          above->sender != current.sender);
}

QString MessageModel::accessibleText(const Row &row) const
{
    const QString who = row.direction == Direction::Outgoing ? tr("You")
                        : row.direction == Direction::System ? tr("Notice")
                                                             : row.sender;
    const QString when = Wording::dateTime(QDateTime::fromMSecsSinceEpoch(row.atMs));
    //: Read out for a message: %1 sender, %2 time, %3 state, %4 the message text
    return tr("%1, %2, %3: %4").arg(who, when, Wording::messageState(row.state), text(row));
}

QString MessageModel::text(const Row &row) const
{
    // A notice is stored as a token and said in the UI's language; System lines of older
    // versions (English sentences) are shown as they are.
    if (const auto notice = client::noticeKindOf(row.direction, row.body))
        return Wording::notice(*notice, row.sender);
    if (row.state != MessageState::Undecryptable)
        return QString::fromUtf8(row.body);
    return tr("Could not decrypt this message: %1")
        .arg(row.failure ? Wording::failureReason(*row.failure) : tr("no reason given"));
}

QString MessageModel::collapse(const Row &row)
{
    if (row.direction == client::Direction::System || row.state == MessageState::Undecryptable)
        return {};
    if (row.body.size() <= CollapseChars && row.body.count('\n') < CollapseLines)
        return {};
    QString whole = QString::fromUtf8(row.body);
    if (whole.size() <= CollapseChars && whole.count(u'\n') < CollapseLines)
        return {};
    // The first lines, at most CollapseChars of them, ended at a space where there is one.
    qsizetype end = 0;
    for (int line = 0; line < CollapseLines && end >= 0 && end < whole.size(); ++line)
        end = whole.indexOf(u'\n', end + (line > 0 ? 1 : 0));
    if (end < 0 || end > CollapseChars)
        end = CollapseChars;
    if (const qsizetype space = whole.lastIndexOf(u' ', end); space > end / 2)
        end = space;
    return whole.left(end).trimmed() + QStringLiteral("…");
}

bool MessageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    if (row.expanded == value.toBool())
        return true;
    row.expanded = value.toBool();
    Q_EMIT dataChanged(index, index);
    return true;
}

QString MessageModel::note(const Row &row) const
{
    switch (row.state) {
    case MessageState::Held:
        // Whose key changed, when the reason names them (rows of 0.1 do not).
        if (row.failure && row.failure->kind == client::FailureKind::KeyChanged)
            return tr("Held: %1").arg(Wording::failureReason(*row.failure));
        return Wording::messageState(row.state);
    case MessageState::Failed:
        return row.failure ? tr("Not sent: %1").arg(Wording::failureReason(*row.failure))
                           : Wording::messageState(row.state);
    case MessageState::Stored:
    case MessageState::Delivered:
        // Sent, but some of the group were left out: the sender must know whom.
        if (row.failure && row.failure->kind == client::FailureKind::RecipientsLeftOut)
            return Wording::failureReason(*row.failure);
        return {};
    default:
        return {};
    }
}

} // namespace cardinal::ui
