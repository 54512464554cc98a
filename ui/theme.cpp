#include "theme.h"

#include "sentimentslices.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

namespace simwatch {

namespace theme {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal t = qBound(0.0, amountOfB, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor borderColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.13);
}

QColor secondaryTextColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.42);
}

QColor trackColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::WindowText), 0.09);
}

QColor warningColor()
{
    return QColor(0x9a, 0x5b, 0x00); // amber, 5.4:1 on white
}

QColor accentColor()
{
    return QColor(0x3B, 0x7D, 0xDD);
}

QList<QColor> sentimentColors()
{
    QList<QColor> colors;
    for (int i = 0; i < report::SentimentSliceCount; ++i)
        colors.append(report::sentimentColor(report::SentimentSlice(i)));
    return colors;
}

namespace {

void setSecondaryColor(QLabel *label)
{
    QPalette palette = label->palette();
    const QColor secondary = secondaryTextColor(palette);
    palette.setColor(QPalette::WindowText, secondary);
    palette.setColor(QPalette::Text, secondary);
    label->setPalette(palette);
}

} // namespace

void wrapStackPageLabel(QLabel *label)
{
    label->setWordWrap(true);
    QSizePolicy policy = label->sizePolicy();
    policy.setHeightForWidth(false);
    label->setSizePolicy(policy);
}

void polishTree(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const QString name = label->objectName();
        if (name == QLatin1String("cardTitle")) {
            QFont f = label->font();
            f.setCapitalization(QFont::AllUppercase);
            f.setLetterSpacing(QFont::PercentageSpacing, 106);
            f.setPointSizeF(QApplication::font().pointSizeF() * 0.86);
            f.setWeight(QFont::DemiBold);
            label->setFont(f);
            setSecondaryColor(label);
        } else if (name == QLatin1String("emptyState")) {
            QFont f = label->font();
            f.setItalic(true);
            label->setFont(f);
            setSecondaryColor(label);
        } else if (name == QLatin1String("secondaryText")) {
            setSecondaryColor(label);
        }
    }
}

} // namespace theme

namespace {

class QuietHandle : public QSplitterHandle
{
public:
    using QSplitterHandle::QSplitterHandle;

protected:
    void paintEvent(QPaintEvent *) override {}
};

} // namespace

QSplitterHandle *QuietSplitter::createHandle()
{
    return new QuietHandle(orientation(), this);
}

} // namespace simwatch
