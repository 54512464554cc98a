#include "errorbanner.h"

#include "accessiblealert.h"
#include "theme.h"

#include "domain/untrustedtext.h"

#include "uitext.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace simwatch {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    accessiblealert::mark(this); // first: the role is fixed when Qt first asks for it
    setObjectName(QStringLiteral("errorBanner"));
    setAttribute(Qt::WA_StyledBackground, true);
    const theme::BannerColours colours = theme::errorBannerColours();
    setStyleSheet(QStringLiteral(
        "QFrame#errorBanner { background: %1; border: 1px solid %2; border-radius: 8px; }"
        "QFrame#errorBanner QLabel { color: %3; background: transparent; }"
        "QFrame#errorBanner QLabel#bannerTitle { font-weight: 600; }")
                      .arg(colours.background.name(), colours.border.name(), colours.text.name()));

    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(22, 22));
    m_icon->setAlignment(Qt::AlignTop);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bannerTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_message->setTextFormat(Qt::PlainText); // the message may quote the server
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setToolTip(tr("Fetch this simulation again now"));
    m_settings = new QPushButton(tr("Se&ttings\u2026"), this);
    m_settings->setToolTip(tr("Check the server address and the API key"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setToolTip(tr("Stop watching this simulation (Ctrl+Z brings it back)"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_message);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_settings, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_remove, 0, Qt::AlignVCenter);

    // Tab in the order shown.
    setTabOrder(m_settings, m_retry);
    setTabOrder(m_retry, m_remove);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &ErrorBanner::settingsRequested);
    connect(m_remove, &QPushButton::clicked, this, &ErrorBanner::removeRequested);

    setAccessibleName(tr("Error"));
    hide();
}

void ErrorBanner::showError(const ApiError &error, bool hasData)
{
    if (!error.isError()) {
        clearError();
        return;
    }
    m_error = error;
    m_title->setText(UiText::errorTitle(error.kind));
    QString message = untrusted::forDisplay(error.message.trimmed()); // it may quote the server
    if (message.isEmpty())
        message = error.httpStatus > 0 ? tr("HTTP status %1").arg(error.httpStatus) : tr("No details were given.");
    if (hasData)
        message += QLatin1Char('\n') + tr("The data below is from the last successful update.");
    m_message->setText(message);
    m_settings->setVisible(UiText::isAuthError(error.kind));
    m_remove->setVisible(error.kind == ApiError::Kind::NotFound);
    const QString said = m_title->text() + QStringLiteral(": ") + m_message->text();
    const bool wasShown = isVisible();
    const bool news = !wasShown || said != accessibleDescription();
    setAccessibleDescription(said);
    show();
    if (news)
        accessiblealert::say(this, wasShown);
}

void ErrorBanner::clearError()
{
    m_error = {};
    hide();
}

} // namespace simwatch
