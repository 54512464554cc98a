#include "appsettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSettings>

namespace simwatch {

namespace {

const QString BaseUrlKey = QStringLiteral("connection/baseUrl");
const QString IntervalKey = QStringLiteral("connection/intervalSeconds");
const QString SimulationsKey = QStringLiteral("watch/simulations");
const QString PlainTextChoiceKey = QStringLiteral("connection/keyInPlainText");

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

void AppSettings::load(QSettings &settings)
{
    const QUrl url(settings.value(BaseUrlKey).toString());
    if (url.isValid() && validateBaseUrl(url, true).isEmpty())
        m_baseUrl = url;
    const int interval = settings.value(IntervalKey, DefaultIntervalSeconds).toInt();
    if (validateInterval(interval).isEmpty())
        m_intervalSeconds = interval;
    m_keyInPlainText = settings.value(PlainTextChoiceKey, false).toBool();
    m_simulationIds.clear();
    const QStringList ids = settings.value(SimulationsKey).toStringList();
    for (const QString &text : ids) {
        bool ok = false;
        const int id = text.toInt(&ok);
        if (ok && id > 0 && !m_simulationIds.contains(id))
            m_simulationIds.append(id);
    }
}

void AppSettings::save(QSettings &settings) const
{
    // The API key is deliberately absent: it never goes to the settings file in plain text.
    settings.setValue(BaseUrlKey, m_baseUrl.toString());
    settings.setValue(IntervalKey, m_intervalSeconds);
    settings.setValue(PlainTextChoiceKey, m_keyInPlainText);
    QStringList ids;
    for (int id : m_simulationIds)
        ids.append(QString::number(id));
    settings.setValue(SimulationsKey, ids);
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    emit changed();
}

void AppSettings::setApiKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed == m_apiKey)
        return;
    m_apiKey = trimmed;
    emit changed();
}

void AppSettings::setKeyInPlainText(bool enabled)
{
    if (enabled == m_keyInPlainText)
        return;
    m_keyInPlainText = enabled;
    emit changed();
}

void AppSettings::setIntervalSeconds(int seconds)
{
    if (seconds == m_intervalSeconds)
        return;
    m_intervalSeconds = seconds;
    emit changed();
}

QString AppSettings::validateBaseUrl(const QUrl &url, bool allowInsecureHttp)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("Enter a full address such as https://backend.omnidim.io/api/v1.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The address must start with https://.");
    if (scheme == QLatin1String("http") && !allowInsecureHttp && !isLoopbackHost(url.host()))
        return tr("Plain http:// would send the API key unencrypted. Use https://, or start SimWatch with --allow-insecure-http.");
    if (!url.userInfo().isEmpty())
        return tr("Do not put user names or passwords in the address.");
    return {};
}

bool AppSettings::isInsecure(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !isLoopbackHost(url.host());
}

QString AppSettings::validateApiKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the API key from your OmniDimension dashboard.");
    if (trimmed.size() < 8)
        return tr("An OmniDimension API key has at least 8 characters.");
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("The API key contains characters that are not allowed (spaces or non-ASCII).");
    }
    return {};
}

QString AppSettings::validateInterval(int seconds)
{
    if (seconds < 1 || seconds > 3600)
        return tr("The poll interval must be between 1 second and 1 hour.");
    return {};
}

} // namespace simwatch
