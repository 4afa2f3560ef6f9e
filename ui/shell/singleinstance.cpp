// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace cardinal::ui {

namespace {
constexpr int ConnectMs = 1000;
const QByteArray Activate("activate\n");
} // namespace

SingleInstance::SingleInstance(const QString &profileDirectory, QObject *parent)
    : QObject(parent), m_name(nameFor(profileDirectory))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::nameFor(const QString &profileDirectory)
{
    const QByteArray path = QDir(profileDirectory).absolutePath().toUtf8();
    const QByteArray digest = QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("cardinal-%1-%2").arg(getuid()).arg(QString::fromLatin1(digest));
}

bool SingleInstance::notifyRunning()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(ConnectMs))
        return false;
    socket.write(Activate);
    socket.waitForBytesWritten(ConnectMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::claim()
{
    if (notifyRunning())
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Either a socket file left behind by a crash (nobody answered above) or an instance
        // that started just now: ask once more, then take the name over.
        if (notifyRunning())
            return false;
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return true; // cannot guard this profile; run anyway rather than not at all
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *peer = m_server->nextPendingConnection()) {
            connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
            connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
                // Whatever it says, a bounded amount: someone started us again.
                if (peer->read(64).startsWith("activate"))
                    Q_EMIT activationRequested();
                peer->disconnectFromServer();
            });
        }
    });
    return true;
}

} // namespace cardinal::ui
