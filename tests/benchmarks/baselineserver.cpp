// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselineserver.h"

#include <QCoreApplication>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <csignal>

namespace cardinal::bench {

namespace {

// Same listen queue as the channel server (channelserver.cpp), so connecting N clients at
// once costs both the same.
constexpr int ListenBacklog = 1024;

volatile std::sig_atomic_t g_terminate = 0;

void onTerminate(int)
{
    g_terminate = 1;
}

class Relay
{
public:
    void accept(QWebSocket *socket)
    {
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                         [this, socket](const QString &text) { join(socket, text); });
        QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                         [this, socket](const QByteArray &message) { forward(socket, message); });
        QObject::connect(socket, &QWebSocket::disconnected, socket, [this, socket] {
            leave(socket);
            socket->deleteLater();
        });
    }

private:
    void join(QWebSocket *socket, const QString &text)
    {
        if (!text.startsWith(QStringLiteral("join ")))
            return;
        leave(socket);
        const int route = text.mid(5).toInt();
        m_routeOf.insert(socket, route);
        m_routes[route].append(socket);
        socket->sendTextMessage(QStringLiteral("ok"));
    }

    void leave(QWebSocket *socket)
    {
        if (auto it = m_routeOf.find(socket); it != m_routeOf.end()) {
            m_routes[*it].removeAll(socket);
            m_routeOf.erase(it);
        }
    }

    void forward(QWebSocket *from, const QByteArray &message)
    {
        const auto route = m_routeOf.constFind(from);
        if (route == m_routeOf.constEnd())
            return;
        for (QWebSocket *peer : std::as_const(m_routes[*route]))
            if (peer != from)
                peer->sendBinaryMessage(message);
    }

    QHash<QWebSocket *, int> m_routeOf;
    QHash<int, QList<QWebSocket *>> m_routes;
};

} // namespace

int runBaselineServer()
{
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, [] {
        if (g_terminate)
            QCoreApplication::quit();
    });
    signalPoll.start(50);

    Relay relay; // outlives the sockets, which may signal while being destroyed
    QWebSocketServer webSockets(QStringLiteral("baseline"), QWebSocketServer::NonSecureMode);
    webSockets.setMaxPendingConnections(ListenBacklog);
    QTcpServer tcp;
    tcp.setListenBacklogSize(ListenBacklog);
    tcp.setMaxPendingConnections(ListenBacklog);
    QObject::connect(&tcp, &QTcpServer::pendingConnectionAvailable, [&] {
        while (tcp.hasPendingConnections()) {
            QTcpSocket *socket = tcp.nextPendingConnection();
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // as the channel server
            webSockets.handleConnection(socket);
        }
    });
    QObject::connect(&webSockets, &QWebSocketServer::newConnection, [&] {
        while (webSockets.hasPendingConnections()) {
            QWebSocket *socket = webSockets.nextPendingConnection();
            socket->setParent(&webSockets);
            relay.accept(socket);
        }
    });
    QTextStream out(stdout);
    if (!tcp.listen(QHostAddress::LocalHost, 0)) {
        QTextStream(stderr) << "baseline server: cannot listen: " << tcp.errorString() << Qt::endl;
        return 1;
    }
    out << "listening on ws://127.0.0.1:" << tcp.serverPort() << Qt::endl;
    const int status = QCoreApplication::exec();
    out << "stopped" << Qt::endl;
    return status;
}

} // namespace cardinal::bench
