// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

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

std::unique_ptr<TestClient> ServerFixture::connect(const client::Profile &profile)
{
    QString error;
    auto client = connectAs(m_server, profile, &error);
    if (!client)
        qWarning("%s", qPrintable(error));
    return client;
}

} // namespace cardinal::testing
