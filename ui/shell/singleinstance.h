// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace cardinal::ui {

//! One window per profile: a second `cardinal` started on the same profile hands over to
//! the running one (which comes to the front) and exits, instead of opening the profile's
//! database a second time.
//!
//! The running instance listens on a local socket (QLocalServer) named after the user and
//! the profile's absolute path, so that other profiles and other users are not affected.
//! A socket file left by a crashed instance is recognised (nobody accepts on it) and
//! replaced.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    //! For the profile in `profileDirectory`.
    explicit SingleInstance(const QString &profileDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! The socket name for `profileDirectory`.
    [[nodiscard]] static QString nameFor(const QString &profileDirectory);

    //! Becomes the instance for this profile and returns true; or, when another one runs,
    //! asks it to come to the front and returns false.
    [[nodiscard]] bool claim();

Q_SIGNALS:
    //! Another start on this profile asked for the window.
    void activationRequested();

private:
    [[nodiscard]] bool notifyRunning();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace cardinal::ui
