// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include "testmessages.h"

namespace cardinal::testing {

ServerFixture::ServerFixture(QObject *parent) : QObject(parent) {}

bool ServerFixture::startServer(const QMap<QString, QString> &settings)
{
    if (!m_dir.isValid()) {
        m_setupError = QStringLiteral("no temporary directory");
        return false;
    }
    m_server.setConfig(settings);
    if (!m_server.init() || !m_server.start()) {
        m_setupError = m_server.lastError();
        return false;
    }
    return true;
}

bool ServerFixture::registerPeople(const QList<Person> &people)
{
    for (const auto &[profile, name] : people) {
        *profile = registerNewProfile(m_server, m_dir.filePath(name),
                                      name + QStringLiteral("@example.org"), &m_setupError);
        if (!*profile)
            return false;
    }
    return true;
}

std::optional<client::Profile> ServerFixture::republish(const QString &directory,
                                                       const QString &identity)
{
    auto profile = makeProfile(directory, identity);
    const std::optional<QByteArray> token = m_server.issueToken(identity);
    TestClient client;
    if (!profile || !token || !client.connectTo(m_server.url()))
        return std::nullopt;
    const Reply published = client.publishCard(*token, profile->ownBundle().encode());
    auto card = protocol::Card::decode(published.payload().at(0).toByteArray());
    if (!published.ok() || !card || !profile->storeOwnBundle({*card, profile->ownBundle().devices}))
        return std::nullopt;
    return std::move(*profile);
}

std::unique_ptr<TestClient> ServerFixture::connect(const client::Profile &profile)
{
    QString error;
    auto client = connectAs(m_server, profile, &error);
    if (!client)
        qWarning("%s", qPrintable(error));
    return client;
}

} // namespace cardinal::testing
