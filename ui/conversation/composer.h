// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace cardinal::ui {

//! Where a message is written: an editor that grows from one to MaxLines lines
//! (objectName "composerEdit") and a send button ("sendButton"). Enter sends, Shift+Enter
//! starts a new line. Text that is empty or only white space is never sent. It only emits
//! what the user wants (sendRequested()); the shell hands the text to the Messenger.
class Composer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxLines = 6;

    explicit Composer(QWidget *parent = nullptr);

    void focusEditor();
    //! A small line above the editor (objectName "composerNotice"), e.g. why messages are
    //! held; an empty text hides it.
    void setNotice(const QString &text);
    //! The text being written.
    [[nodiscard]] QString text() const;
    //! Replaces the text (a conversation's draft), cursor at the end, without edited().
    void setText(const QString &text);

Q_SIGNALS:
    //! The person changed the text (typing, pasting, deleting; not setText()).
    void edited();
    //! The user sent `text` (trimmed, never empty); the editor is cleared before this.
    void sendRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send();
    void fitHeight();

    QLabel *m_notice;
    QPlainTextEdit *m_edit;
    QToolButton *m_send;
    bool m_replacing = false;
};

} // namespace cardinal::ui
