// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/connection.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace cardinal::client {
class Messenger;
}

namespace cardinal::ui {

//! The link to the server, always in view: a coloured dot and "Online" / "Connecting…" /
//! "Offline", with a Retry button while offline. Why it is offline shows next to "Offline"
//! in a short sentence ("The server refused the connection.") and in the tooltip in full,
//! naming the server and what to check; a refused authority key is said the same way.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(client::Messenger &messenger, QWidget *parent = nullptr);

private:
    void showState(client::Connection::State state);
    void showFailure(const QString &reason);

    client::Messenger &m_messenger;
    QLabel *m_dot;
    QLabel *m_text;
    QToolButton *m_retry;
    QString m_failure;
};

} // namespace cardinal::ui
