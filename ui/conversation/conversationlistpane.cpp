// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/conversationlistpane.h"

#include "ui/conversation/conversationlistdelegate.h"
#include "ui/conversation/conversationlistmodel.h"
#include "ui/kit/icons.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace cardinal::ui {

ConversationListPane::ConversationListPane(QWidget *parent)
    : QWidget(parent), m_model(new ConversationListModel(this)),
      m_filterModel(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_list(new QListView(this)), m_empty(new QLabel(this))
{
    m_filterModel->setSourceModel(m_model);
    m_filterModel->setFilterRole(ConversationListModel::SearchTextRole);
    m_filterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("conversationFilter"));
    m_filter->setPlaceholderText(tr("Search"));
    m_filter->setAccessibleName(tr("Search conversations"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::icon(u"search"), QLineEdit::LeadingPosition);
    m_filter->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_filterModel);
    m_list->setItemDelegate(new ConversationListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->installEventFilter(this);

    m_empty->setObjectName(QStringLiteral("conversationListEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    setTabOrder(m_filter, m_list);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filterModel->setFilterFixedString(text.trimmed());
        restoreSelection();
        updateEmptyState();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { onCurrentRowChanged(index); });
    connect(m_list, &QListView::activated, this, &ConversationListPane::choose);
    connect(m_model, &ConversationListModel::refreshed, this, [this] {
        restoreSelection();
        updateEmptyState();
    });
    connect(m_model, &ConversationListModel::totalUnreadChanged, this,
            &ConversationListPane::unreadCountChanged);
    updateEmptyState();
}

void ConversationListPane::setMessenger(client::Messenger *messenger)
{
    if (!messenger)
        m_current.reset();
    m_model->setMessenger(messenger);
}

void ConversationListPane::refresh()
{
    m_model->refresh();
}

void ConversationListPane::select(const client::ConversationRef &ref)
{
    const bool changed = m_current != ref;
    m_current = ref;
    restoreSelection();
    if (changed)
        Q_EMIT conversationSelected(ref);
}

void ConversationListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int ConversationListPane::unreadCount() const
{
    return m_model->totalUnread();
}

void ConversationListPane::focusList()
{
    if (m_list->isVisibleTo(this))
        m_list->setFocus(Qt::OtherFocusReason);
    else
        m_filter->setFocus(Qt::OtherFocusReason);
}

bool ConversationListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Down && m_filterModel->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_filterModel->index(0, 0));
            return true;
        }
        if (enter && m_filterModel->rowCount() > 0) {
            const QModelIndex first = m_filterModel->index(0, 0);
            m_list->setCurrentIndex(first);
            choose(first);
            if (m_current)
                Q_EMIT conversationActivated(*m_current);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    } else if (watched == m_list && enter && m_list->currentIndex().isValid()) {
        choose(m_list->currentIndex());
        if (m_current)
            Q_EMIT conversationActivated(*m_current);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationListPane::onCurrentRowChanged(const QModelIndex &index)
{
    if (m_restoring || !index.isValid())
        return;
    choose(index);
}

void ConversationListPane::choose(const QModelIndex &index)
{
    const auto ref = m_model->ref(m_filterModel->mapToSource(index).row());
    if (!ref)
        return;
    const bool changed = m_current != *ref;
    m_current = *ref;
    if (changed)
        Q_EMIT conversationSelected(*ref);
}

void ConversationListPane::restoreSelection()
{
    m_restoring = true;
    const std::optional<int> row = m_current ? m_model->rowOf(*m_current) : std::nullopt;
    const QModelIndex index =
        row ? m_filterModel->mapFromSource(m_model->index(*row)) : QModelIndex();
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->selectionModel()->clear();
    }
    m_restoring = false;
}

void ConversationListPane::updateEmptyState()
{
    const bool none = m_model->rowCount() == 0;
    const bool noMatch = !none && m_filterModel->rowCount() == 0;
    if (none)
        m_empty->setText(tr("No conversations yet — start one with New chat"));
    else if (noMatch)
        m_empty->setText(tr("No results for “%1”.\nSearch looks at names, the newest message "
                            "and drafts.")
                             .arg(m_filter->text().trimmed()));
    m_empty->setVisible(none || noMatch);
    m_list->setVisible(!none && !noMatch);
}

} // namespace cardinal::ui
