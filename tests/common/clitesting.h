// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Client integration tests: the real cardinal-cli binary run as a user would run it, with
// one profile directory per person (or device) under a temporary directory, against a
// ServerProcess. Every run is bounded. Also raw access to the server's SQLite file (for a
// test playing a malicious server) and a scan of files for leaked plaintext.
// A test using this file lists ../common/clitesting.cpp among its SOURCES, links
// cardinal_server_testing and defines CARDINAL_CLI_PATH (see tests/integration).

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

namespace cardinal::testing {

class ServerProcess;

//! One finished cardinal-cli process.
struct CliRun
{
    int exitCode = -1; //!< -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;

    //! Each line of standard output parsed as a JSON object (for --json runs); a line that
    //! is not one becomes an empty object, so counts still match.
    [[nodiscard]] QList<QJsonObject> json() const;
    //! The objects with "type" = `type`.
    [[nodiscard]] QList<QJsonObject> json(const QString &type) const;
    //! Exit code and both outputs, for failure messages.
    [[nodiscard]] QByteArray describe() const;
};

//! Fails the test unless `run` (a CliRun, or a call returning one: evaluated once) exited
//! with status 0.
#define QVERIFY_CLI_OK(run)                                                                        \
    do {                                                                                           \
        const ::cardinal::testing::CliRun cliRunChecked = (run);                                   \
        QVERIFY2(cliRunChecked.exitCode == 0, cliRunChecked.describe().constData());               \
    } while (false)

//! The string field `name` of `object` (empty if missing).
[[nodiscard]] QString field(const QJsonObject &object, const char *name);
//! The string field `name` of each object, in order.
[[nodiscard]] QStringList fieldOf(const QList<QJsonObject> &objects, const char *name);
//! The "body" fields of `messages`, in order.
[[nodiscard]] QStringList bodiesOf(const QList<QJsonObject> &messages);

//! Message texts for one test run: each ends in a random tag of this run, and all are kept,
//! so that a scan for plaintext (filesContaining()) can look for every one of them.
class TestTexts
{
public:
    TestTexts();
    //! `words` with the run's tag appended, remembered.
    [[nodiscard]] QString make(const QString &words);
    //! Every text made so far, and the tag on its own.
    [[nodiscard]] QList<QByteArray> needles() const;

private:
    QString m_tag;
    QList<QByteArray> m_texts;
};

//! Profiles of cardinal-cli users, each in a directory named after the user.
class CliUsers
{
public:
    static constexpr int RunTimeoutMs = 60'000;
    static constexpr auto Passphrase = "correct horse battery staple";

    CliUsers();

    [[nodiscard]] bool isValid() const { return m_root.isValid(); }
    //! The profile directory of `name` (which may not exist yet).
    [[nodiscard]] QString profileDir(const QString &name) const;
    //! Every profile directory created so far.
    [[nodiscard]] QStringList profileDirs() const;
    //! "name@example.org".
    [[nodiscard]] static QString identity(const QString &name);

    //! Runs `cardinal-cli --profile DIR(name) arguments...`, with the passphrase in the
    //! environment, speaking `language` (English unless told: tests match its messages).
    [[nodiscard]] CliRun run(const QString &name, const QStringList &arguments,
                             const QString &language = QStringLiteral("en"),
                             const QByteArray &standardInput = {}) const;
    //! Starts `cardinal-cli --profile DIR(name) arguments...` and returns at once; the
    //! caller waits for (or kills) `process`. False if it did not start.
    [[nodiscard]] bool start(QProcess &process, const QString &name, const QStringList &arguments,
                             const QString &language = QStringLiteral("en"),
                             const QByteArray &standardInput = {}) const;
    //! run() with --json added.
    [[nodiscard]] CliRun json(const QString &name, const QStringList &arguments) const;

    //! init, register, the dropped code, confirm: a user with a countersigned card on
    //! `server`. False with the reason in `error`.
    [[nodiscard]] bool registerUser(ServerProcess &server, const QString &name,
                                    QString *error) const;
    //! Initialises and starts `server` (any free port), then registers each of `names`.
    //! False with the reason in `error`.
    [[nodiscard]] bool startWithUsers(ServerProcess &server, const QStringList &names,
                                      QString *error) const;
    //! `restore` of `identityOf`'s identity into the new profile `name`, then `confirm`
    //! with the dropped code. False with the reason in `error`.
    [[nodiscard]] bool restoreDevice(ServerProcess &server, const QString &name,
                                     const QString &identityOf, QString *error) const;

    //! `receive --json`: the messages that arrived.
    [[nodiscard]] QList<QJsonObject> receive(const QString &name, CliRun *run = nullptr) const;
    //! `history --json` of the direct conversation with `peer` (a name).
    [[nodiscard]] QList<QJsonObject> historyWith(const QString &name, const QString &peer) const;
    [[nodiscard]] QList<QJsonObject> historyOfGroup(const QString &name,
                                                    const QString &groupHex) const;

private:
    QTemporaryDir m_root;
};

//! A connection to an SQLite file of the server's, for reading or tampering while the
//! server is stopped (or reading while it runs: it uses WAL). Closed when destroyed.
class SqliteFile
{
public:
    explicit SqliteFile(const QString &path);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    //! The rows of a SELECT, each a list of column values; empty on error (see lastError()).
    [[nodiscard]] QList<QVariantList> select(const QString &sql, const QVariantList &values = {});
    //! Runs a statement; false on error.
    [[nodiscard]] bool exec(const QString &sql, const QVariantList &values = {});
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

private:
    QString m_name;
    bool m_open = false;
    QString m_lastError;
};

//! Every file under `directories` (recursively, hidden ones too) whose raw bytes contain
//! one of `needles`, as "path: needle" lines. Empty when nothing leaked.
[[nodiscard]] QStringList filesContaining(const QStringList &directories,
                                          const QList<QByteArray> &needles);

} // namespace cardinal::testing
