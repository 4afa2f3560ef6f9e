// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback stand-ins for what a mistyped server address can reach: a port nobody listens
// on, and a web server. Shared by the suites that check how the client names such places.
#pragma once

#include <QTcpServer>
#include <QTcpSocket>

namespace cardinal::testing {

//! A free loopback port that nothing listens on any more; 0 when none could be found.
inline quint16 closedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

//! Makes `server` (listening) answer every request like a web server without the page:
//! "404 Not Found", then close.
inline void answerLikeAWebServer(QTcpServer &server)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *peer = server.nextPendingConnection()) {
            QObject::connect(peer, &QTcpSocket::readyRead, peer, [peer] {
                peer->readAll();
                peer->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n"
                            "Connection: close\r\n\r\nnot here\n");
                peer->disconnectFromHost();
            });
        }
    });
}

} // namespace cardinal::testing
