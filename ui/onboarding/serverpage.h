// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keys.h"
#include "ui/onboarding/onboardingpage.h"

#include <QUrl>

#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace cardinal::ui {

//! A server to use, as the user gave it.
struct ServerChoice
{
    QUrl url;
    //! Pinned up front when the operator gave the key out; otherwise learned on first contact.
    std::optional<crypto::Ed25519PublicKey> authority;
};

//! Which server to use: its ws:// or wss:// address and, under "Advanced", optionally its
//! authority key as `cardinal-server init` printed it (64 hex digits, spaces allowed), so
//! that no other server can stand in for it even on the first connection.
//!
//! Controls: "serverEdit", "advancedButton" (shows or hides the key), "authorityEdit",
//! "serverContinueButton", "serverBackButton"; errors in "serverError".
class ServerPage : public OnboardingPage
{
    Q_OBJECT

public:
    explicit ServerPage(const QUrl &defaultServer, QWidget *parent = nullptr);

    //! Fills the fields, e.g. with the server an unfinished profile was set up for.
    void setServer(const QUrl &url);
    //! The checked input; only meaningful after accepted().
    [[nodiscard]] const ServerChoice &choice() const { return m_choice; }

    //! The address as typed, or InvalidArgument explaining what is wrong.
    [[nodiscard]] static Result<QUrl> parseUrl(const QString &text);
    //! The key as typed (empty: none), or InvalidArgument.
    [[nodiscard]] static Result<std::optional<crypto::Ed25519PublicKey>>
    parseAuthority(const QString &text);

protected:
    void retranslate() override;
    [[nodiscard]] bool canContinue() const override;
    [[nodiscard]] bool validate() override;
    [[nodiscard]] QWidget *firstInput() const override;

private:
    void showAdvanced(bool shown);

    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QToolButton *m_advanced;
    QWidget *m_advancedBox;
    QLabel *m_authorityLabel;
    QLineEdit *m_authority;
    QLabel *m_authorityHint;
    ServerChoice m_choice;
};

} // namespace cardinal::ui
