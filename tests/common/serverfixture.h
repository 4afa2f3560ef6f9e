// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The setup that the in-process server suites share: derive the test object from
// ServerFixture instead of QObject, call startServer() and registerPeople() from
// initTestCase(), and use m_server, m_dir and connect() in the tests. Everything it holds
// goes away with the test object. Part of the cardinal_server_fixture library
// (tests/common/CMakeLists.txt).

#include "inprocessserver.h"
#include "testclient.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <utility>

namespace cardinal::testing {

//! A profile to register and the name it goes by: `name`@example.org, kept in m_dir/`name`.
using Person = std::pair<std::optional<client::Profile> *, QString>;

class ServerFixture : public QObject
{
    Q_OBJECT

protected:
    explicit ServerFixture(QObject *parent = nullptr);

    //! Initialises the data directory and starts the server with `settings` (config file
    //! keys, e.g. {"request-burst", "10000"}). False with the reason in setupError().
    [[nodiscard]] bool startServer(const QMap<QString, QString> &settings = {});
    //! Registers every person by code, in order, and stores each profile (its card
    //! countersigned) where the pair points. False with the reason in setupError().
    [[nodiscard]] bool registerPeople(const QList<Person> &people);
    //! A client connected and authenticated as `profile`'s device; nothing (with a warning
    //! that says why) if that fails.
    [[nodiscard]] std::unique_ptr<TestClient> connect(const client::Profile &profile);
    //! A new profile in `directory` whose card for `identity` is published with an
    //! operator-issued token, replacing the identity's card (what the server's operator
    //! can always do); nothing if a step fails.
    [[nodiscard]] std::optional<client::Profile> republish(const QString &directory,
                                                           const QString &identity);
    //! Why startServer() or registerPeople() failed.
    [[nodiscard]] const QString &setupError() const { return m_setupError; }

    InProcessServer m_server;
    QTemporaryDir m_dir; //!< for the people's profiles and anything else a suite keeps

private:
    QString m_setupError;
};

} // namespace cardinal::testing
