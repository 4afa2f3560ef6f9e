// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitesting.h"

#include "serverprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace cardinal::testing {

namespace {

constexpr QLatin1StringView Domain{"@example.org"};

QString describeSqlError(const QSqlError &error)
{
    return error.text().isEmpty() ? QStringLiteral("unknown SQLite error") : error.text();
}

} // namespace

QList<QJsonObject> CliRun::json() const
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines)
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    return objects;
}

QList<QJsonObject> CliRun::json(const QString &type) const
{
    QList<QJsonObject> matching;
    const QList<QJsonObject> all = json();
    for (const QJsonObject &object : all)
        if (object.value(QStringLiteral("type")).toString() == type)
            matching.append(object);
    return matching;
}

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + "; stdout: " + out.left(2000) +
           "; stderr: " + err.left(2000);
}

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1StringView(name)).toString();
}

QStringList fieldOf(const QList<QJsonObject> &objects, const char *name)
{
    QStringList values;
    for (const QJsonObject &object : objects)
        values.append(field(object, name));
    return values;
}

QStringList bodiesOf(const QList<QJsonObject> &messages)
{
    return fieldOf(messages, "body");
}

TestTexts::TestTexts()
    : m_tag(QString::number(QRandomGenerator::global()->generate64() | (quint64(1) << 63), 36))
{
}

QString TestTexts::make(const QString &words)
{
    const QString text = words + QStringLiteral(" #") + m_tag;
    m_texts.append(text.toUtf8());
    return text;
}

QList<QByteArray> TestTexts::needles() const
{
    return m_texts + QList<QByteArray>{m_tag.toUtf8()};
}

CliUsers::CliUsers() = default;

QString CliUsers::profileDir(const QString &name) const
{
    return m_root.filePath(name);
}

QStringList CliUsers::profileDirs() const
{
    QStringList dirs;
    const QStringList names = QDir(m_root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names)
        dirs.append(profileDir(name));
    return dirs;
}

QString CliUsers::identity(const QString &name)
{
    return name + Domain;
}

bool CliUsers::start(QProcess &process, const QString &name, const QStringList &arguments,
                     const QString &language, const QByteArray &standardInput) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CARDINAL_PASSPHRASE"), QString::fromLatin1(Passphrase));
    // The language asked for whatever the machine's locale: tests match some messages.
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CARDINAL_CLI_PATH),
                  QStringList{QStringLiteral("--profile"), profileDir(name)} + arguments);
    if (!process.waitForStarted(RunTimeoutMs))
        return false;
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    return true;
}

CliRun CliUsers::run(const QString &name, const QStringList &arguments,
                     const QString &language, const QByteArray &standardInput) const
{
    QProcess process;
    if (!start(process, name, arguments, language, standardInput))
        return {-1, {}, process.errorString().toUtf8()};
    if (!process.waitForFinished(RunTimeoutMs)) {
        process.kill();
        process.waitForFinished(RunTimeoutMs);
        return {-1, process.readAllStandardOutput(),
                "timed out; " + process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

CliRun CliUsers::json(const QString &name, const QStringList &arguments) const
{
    return run(name, QStringList{QStringLiteral("--json")} + arguments);
}

bool CliUsers::startWithUsers(ServerProcess &server, const QStringList &names,
                              QString *error) const
{
    if (!server.init() || !server.start()) {
        if (error)
            *error = server.lastError();
        return false;
    }
    for (const QString &name : names)
        if (!registerUser(server, name, error))
            return false;
    return true;
}

bool CliUsers::registerUser(ServerProcess &server, const QString &name, QString *error) const
{
    const auto failed = [error](const QString &step, const CliRun &run) {
        *error = step + QStringLiteral(": ") + QString::fromUtf8(run.describe());
        return false;
    };
    const CliRun init =
        run(name, {QStringLiteral("init"), QStringLiteral("--identity"), identity(name),
                   QStringLiteral("--device"), QStringLiteral("desk")});
    if (init.exitCode != 0)
        return failed(QStringLiteral("init"), init);
    const CliRun registered = run(
        name, {QStringLiteral("register"), QStringLiteral("--server"), server.url().toString()});
    if (registered.exitCode != 0)
        return failed(QStringLiteral("register"), registered);
    const std::optional<QString> code = server.takeCode(identity(name));
    if (!code) {
        *error = server.lastError();
        return false;
    }
    const CliRun confirmed = json(name, {QStringLiteral("confirm"), *code});
    if (confirmed.exitCode != 0 || confirmed.json(QStringLiteral("registered")).size() != 1)
        return failed(QStringLiteral("confirm"), confirmed);
    return true;
}

bool CliUsers::restoreDevice(ServerProcess &server, const QString &name, const QString &identityOf,
                             QString *error) const
{
    const auto failed = [error](const QString &step, const CliRun &run) {
        *error = step + QStringLiteral(": ") + QString::fromUtf8(run.describe());
        return false;
    };
    const CliRun restore =
        run(name, {QStringLiteral("restore"), QStringLiteral("--server"), server.url().toString(),
                   QStringLiteral("--identity"), identity(identityOf)});
    if (restore.exitCode != 0)
        return failed(QStringLiteral("restore"), restore);
    const std::optional<QString> code = server.takeCode(identity(identityOf));
    if (!code) {
        *error = server.lastError();
        return false;
    }
    const CliRun confirmed = json(name, {QStringLiteral("confirm"), *code});
    if (confirmed.exitCode != 0 || confirmed.json(QStringLiteral("restored")).size() != 1)
        return failed(QStringLiteral("confirm"), confirmed);
    return true;
}

QList<QJsonObject> CliUsers::receive(const QString &name, CliRun *runOut) const
{
    const CliRun received = json(name, {QStringLiteral("receive")});
    if (runOut)
        *runOut = received;
    return received.exitCode == 0 ? received.json(QStringLiteral("message")) : QList<QJsonObject>();
}

QList<QJsonObject> CliUsers::historyWith(const QString &name, const QString &peer) const
{
    const CliRun history =
        json(name, {QStringLiteral("history"), QStringLiteral("--with"), identity(peer)});
    return history.exitCode == 0 ? history.json(QStringLiteral("message")) : QList<QJsonObject>();
}

QList<QJsonObject> CliUsers::historyOfGroup(const QString &name, const QString &groupHex) const
{
    const CliRun history =
        json(name, {QStringLiteral("history"), QStringLiteral("--group"), groupHex});
    return history.exitCode == 0 ? history.json(QStringLiteral("message")) : QList<QJsonObject>();
}

SqliteFile::SqliteFile(const QString &path)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("clitesting-%1").arg(counter++);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_open = db.open();
    if (!m_open)
        m_lastError = describeSqlError(db.lastError());
}

SqliteFile::~SqliteFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QList<QVariantList> SqliteFile::select(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.prepare(sql)) {
        m_lastError = describeSqlError(query.lastError());
        return {};
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = describeSqlError(query.lastError());
        return {};
    }
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column)
            row.append(query.value(column));
        rows.append(row);
    }
    return rows;
}

bool SqliteFile::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.prepare(sql)) {
        m_lastError = describeSqlError(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = describeSqlError(query.lastError());
        return false;
    }
    return true;
}

QStringList filesContaining(const QStringList &directories, const QList<QByteArray> &needles)
{
    QStringList hits;
    for (const QString &directory : directories) {
        QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits.append(path + QStringLiteral(": cannot be read"));
                continue;
            }
            const QByteArray bytes = file.readAll();
            for (const QByteArray &needle : needles)
                if (bytes.contains(needle))
                    hits.append(path + QStringLiteral(": ") + QString::fromUtf8(needle));
        }
    }
    return hits;
}

} // namespace cardinal::testing
