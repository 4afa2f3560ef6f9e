// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/composer.h"

#include "ui/kit/icons.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace cardinal::ui {

Composer::Composer(QWidget *parent)
    : QWidget(parent), m_notice(new QLabel(this)), m_edit(new QPlainTextEdit(this)),
      m_send(new QToolButton(this))
{
    m_notice->setObjectName(QStringLiteral("composerNotice"));
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->hide();

    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setPlaceholderText(tr("Write a message…"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_edit->installEventFilter(this);

    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setIcon(Icons::icon(u"send"));
    m_send->setIconSize(QSize(24, 24));
    m_send->setAutoRaise(true);
    m_send->setToolTip(tr("Send (Enter)"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(8, 4, 8, 8);
    column->setSpacing(4);
    column->addWidget(m_notice);
    column->addLayout(row);
    setFocusProxy(m_edit);

    connect(m_send, &QToolButton::clicked, this, &Composer::send);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_send->setEnabled(!m_edit->toPlainText().trimmed().isEmpty());
        fitHeight();
        if (!m_replacing)
            Q_EMIT edited();
    });
    fitHeight();
}

void Composer::focusEditor()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void Composer::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_replacing = true;
    m_edit->setPlainText(text); // also starts a fresh undo history: no undoing into another chat
    m_edit->moveCursor(QTextCursor::End);
    m_replacing = false;
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && modifiers == Qt::NoModifier) {
            send();
            return true;
        }
        if (enter && modifiers == Qt::ShiftModifier) {
            m_edit->insertPlainText(QStringLiteral("\n"));
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::Resize)
        fitHeight();
    return QWidget::eventFilter(watched, event);
}

void Composer::send()
{
    const QString text = m_edit->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    // Cleared first, so that a receiver that could not send can put the text back.
    setText(QString());
    Q_EMIT sendRequested(text);
}

void Composer::fitHeight()
{
    // QPlainTextEdit's document layout measures its height in lines, wrapped ones included.
    const int lines = std::clamp(int(std::ceil(m_edit->document()->size().height())), 1, MaxLines);
    const QMargins margins = m_edit->contentsMargins();
    const int height = lines * m_edit->fontMetrics().lineSpacing() +
                       int(2 * m_edit->document()->documentMargin()) + margins.top() +
                       margins.bottom() + 2 * m_edit->frameWidth() + 2;
    if (m_edit->height() != height)
        m_edit->setFixedHeight(height);
}

} // namespace cardinal::ui
