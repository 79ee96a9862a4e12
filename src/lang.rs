//! The six ITU languages: the one place that knows their codes, direction and names.

use std::fmt;
use std::str::FromStr;

/// A language in which ITU publishes its documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Ar,
    En,
    Es,
    Fr,
    Ru,
    Zh,
}

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Lang {
    /// All six, in the order ITU lists them (alphabetical by code).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::En, Lang::Es, Lang::Fr, Lang::Ru, Lang::Zh];

    /// The locale that translators write against and that `check` compares the others with.
    pub const REFERENCE: Lang = Lang::En;

    /// The ISO 639-1 code, used for folder names and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    /// The locale whose CLDR data gives ITU's date forms: British English, Western digits in
    /// Arabic, Simplified Chinese.
    pub fn icu_locale(self) -> &'static str {
        match self {
            Lang::Ar => "ar-u-nu-latn",
            Lang::En => "en-GB",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    pub fn dir(self) -> Dir {
        match self {
            Lang::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// Whether a letter's signature gives the official's name before the title ("Chaesub Lee /
    /// Director of …"); Chinese letters give the title first (电信标准化局主任 / 李在摄).
    pub fn name_before_title(self) -> bool {
        self != Lang::Zh
    }

    /// The language's name in itself, for language switchers.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Zh => "中文",
        }
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| format!("unknown language `{s}` (expected one of ar, en, es, fr, ru, zh)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(l.code().parse::<Lang>().unwrap(), l);
        }
        assert!("de".parse::<Lang>().is_err());
    }

    #[test]
    fn only_arabic_is_rtl() {
        let rtl: Vec<_> = Lang::ALL.into_iter().filter(|l| l.dir() == Dir::Rtl).collect();
        assert_eq!(rtl, vec![Lang::Ar]);
    }
}
