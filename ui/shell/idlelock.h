// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace cardinal::ui {

//! Notices when the person has stopped using the app, so it can lock itself.
//!
//! Watches the application's input events (keys, mouse, wheel, touch) through an event
//! filter; after `timeout` without any it emits idle() once, then waits for input again.
//! A zero timeout disables it.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const;
    //! Starts watching (and restarts the countdown).
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_running = false;
};

} // namespace cardinal::ui
