#pragma once

// Waymark's look: the platform's own style where there is one (Fusion elsewhere), an app
// palette in light and dark (dark when the system's palette is dark, followed at runtime),
// the colours of the app's banners and chips, and the SVG icon set (resources/icons), drawn
// in the palette's text colour so they read in both. Every text/background pair meets WCAG
// AA (4.5:1); tests/ui check it.

#include <QColor>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QString>

class QApplication;

// Says when the app's colours changed at runtime (the system went dark or light): widgets
// that set style sheets from Theme's colours set them again. Icons from Theme::icon() redraw
// in the new colours by themselves.
class ThemeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void changed();
};

namespace Theme {

struct Colors
{
    bool dark = false;
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText, link,
        placeholder, mid, toolTipBase, toolTipText;
    QColor accent;                                  // sidebar selection, focus marks
    QColor errorBackground, errorText, errorBorder; // field errors
    QColor infoBackground, infoText, infoBorder;    // "Saved." and other notices
    QColor bannerBackground, bannerText;            // demo data banner
    QColor chipBackground, chipText;                // age, case reference
    QColor alertChipBackground, alertChipText;      // safeguarding flags
};

Colors light();
Colors dark();
// True when the platform's own palette is dark (window darker than its text), or when
// WAYMARK_COLOR_SCHEME says "dark".
bool systemIsDark();
// The colours in use (light or dark, as applied).
const Colors& current();

QPalette palette(const Colors& colors);
// Style, palette and font spacing for the whole application. Call once after QApplication.
// From then on the app follows the system: when the platform's theme or palette changes
// (QEvent::ThemeChange, QEvent::ApplicationPaletteChange; Qt 6.4 has no colour-scheme
// signal), the palette is chosen again and notifier() says so.
void apply(QApplication& app);
// Chooses light or dark again from the system (or WAYMARK_COLOR_SCHEME) and re-applies the
// palette; emits notifier()->changed() when the colours changed. apply() calls it on change.
void refresh();
ThemeNotifier* notifier();

// WCAG 2 contrast ratio of two colours (1..21).
double contrastRatio(const QColor& a, const QColor& b);

struct Pair
{
    QString name;
    QColor foreground, background;
};
// Every text-on-background pair the app draws with these colours (for the contrast test).
QList<Pair> textPairs(const Colors& colors);

// An icon of the set (":/icons/<name>.svg"), drawn in the current text colour whenever it is
// painted, so it follows a change between light and dark.
QIcon icon(const QString& name);

// Style sheet for a small rounded label ("chip"); alert chips stand out.
QString chipStyle(bool alert);
QString errorStyle();
QString infoStyle();
// The border of a field that did not validate.
QString invalidFieldStyle();
// Bold error text straight on a dialog's window (the unlock dialog).
QString inlineErrorStyle();
QString bannerStyle();

} // namespace Theme
