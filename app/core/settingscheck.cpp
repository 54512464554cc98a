#include "settingscheck.h"

#include <QHostAddress>

namespace simwatch {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString SettingsCheck::baseUrl(const QUrl &url, bool allowInsecureHttp)
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

bool SettingsCheck::isInsecure(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !isLoopbackHost(url.host());
}

QString SettingsCheck::apiKey(const QString &key)
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

QString SettingsCheck::interval(int seconds)
{
    if (seconds < 1 || seconds > 3600)
        return tr("The poll interval must be between 1 second and 1 hour.");
    return {};
}

} // namespace simwatch
