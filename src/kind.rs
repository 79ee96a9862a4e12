//! The kinds of circular: the one table that says what each kind is made of.
//!
//! A kind is its templates (`templates/kinds/<id>/`), its messages (the locales' files) and
//! the row below: which documents each circular of the kind gives, which fields of the
//! content model it requires or accepts, and after which named paragraphs of its letter an
//! editor may add paragraphs of their own. Adding a kind means adding a row here, its
//! templates and its messages; the loader, the checks, the renderer and the site take
//! everything else from the row.

/// One document made of each circular, in each language: `out/<id>/<lang>/<stem>.html` and
/// `.pdf`.
#[derive(Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Document {
    pub stem: &'static str,
    /// Under `templates/`.
    pub template: &'static str,
    /// Message giving the document's title; `$document` is the circular's name.
    pub title: &'static str,
    /// Message naming the document in the site's navigation.
    pub label: &'static str,
}

/// A field of the content model beyond the head that every circular has (number, date,
/// place, reference, study group, contact, addressees, signatory, drafts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `meeting`: the study group meeting (place, first and last day).
    Meeting,
    /// `collective_letter`: the collective letter announcing the meeting.
    CollectiveLetter,
    /// `reply`: deadline and where Member States reply.
    Reply,
    /// `approval_threshold_percent`.
    Threshold,
    /// `consultation`: the consultation circular a notice follows (number and date).
    Consultation,
    /// `approved_on`: the day the study group approved the Recommendations.
    ApprovedOn,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::Meeting,
        Field::CollectiveLetter,
        Field::Reply,
        Field::Threshold,
        Field::Consultation,
        Field::ApprovedOn,
    ];

    /// The field's key in the YAML.
    pub fn key(self) -> &'static str {
        match self {
            Field::Meeting => "meeting",
            Field::CollectiveLetter => "collective_letter",
            Field::Reply => "reply",
            Field::Threshold => "approval_threshold_percent",
            Field::Consultation => "consultation",
            Field::ApprovedOn => "approved_on",
        }
    }
}

/// What each draft Recommendation of a kind carries besides its number, status, provisional
/// name and title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drafts {
    /// A Markdown summary in six languages (Annex 1 of a consultation).
    pub summary: bool,
    /// The source document (R14).
    pub source: bool,
}

/// How a kind speaks of its drafts in running text: the messages that name a group of drafts
/// of one status and an amendment, and the places (`$case`) where such a phrase stands, for
/// languages that decline it (each place gets its own phrase: `c.drafts.<case>`).
#[derive(Debug)]
pub struct Phrases {
    /// Message with `$status` (new, revised), `$count`, `$refs` and `$case`.
    pub group: &'static str,
    /// Message with `$amendment`, `$ref` and `$case`.
    pub amendment: &'static str,
    pub cases: &'static [&'static str],
}

/// A kind of circular.
#[derive(Debug)]
pub struct Kind {
    /// The value of `kind:` in the YAML, and the folder of its templates.
    pub id: &'static str,
    /// What the kind is, for messages to editors.
    pub name: &'static str,
    pub documents: &'static [Document],
    /// Fields the kind requires; any other field of [`Field`] is refused.
    pub fields: &'static [Field],
    pub drafts: Drafts,
    pub phrases: Phrases,
    /// Names of the letter's paragraphs after which `extra` paragraphs may go, in order.
    pub paragraphs: &'static [&'static str],
    /// Addressees `new` puts in a circular of this kind.
    pub usual_to: &'static [&'static str],
    pub usual_copy_to: &'static [&'static str],
}

/// Who receives a copy of a study group's circulars.
const USUAL_COPY_TO: &[&str] = &[
    "sector-members",
    "sg-associates",
    "academia",
    "sg-chairs",
    "bdt-director",
    "br-director",
];

pub static KINDS: &[Kind] = &[
    Kind {
        id: "consultation",
        name: "a consultation of Member States (section 9 of Resolution 1)",
        documents: &[
            Document {
                stem: "circular",
                template: "kinds/consultation/circular.html",
                title: "page-title-circular",
                label: "site-document-circular",
            },
            Document {
                stem: "reply-form",
                template: "kinds/consultation/reply-form.html",
                title: "page-title-reply-form",
                label: "site-document-reply-form",
            },
        ],
        fields: &[Field::Meeting, Field::CollectiveLetter, Field::Reply, Field::Threshold],
        drafts: Drafts {
            summary: true,
            source: true,
        },
        phrases: Phrases {
            group: "drafts",
            amendment: "draft-amendment",
            cases: &["subject", "announce", "title", "reply"],
        },
        paragraphs: &["announce", "annex", "consultation", "threshold"],
        usual_to: &["member-states"],
        usual_copy_to: USUAL_COPY_TO,
    },
    Kind {
        id: "approval",
        name: "a notice of the approval of Recommendations after a consultation",
        documents: &[Document {
            stem: "circular",
            template: "kinds/approval/circular.html",
            title: "page-title-circular",
            label: "site-document-circular",
        }],
        fields: &[Field::Consultation, Field::Meeting, Field::ApprovedOn],
        drafts: Drafts {
            summary: false,
            source: false,
        },
        phrases: Phrases {
            group: "approved",
            amendment: "approved-amendment",
            cases: &["subject", "approval"],
        },
        paragraphs: &["approval", "list", "prepublished", "publication"],
        usual_to: &["member-states"],
        usual_copy_to: USUAL_COPY_TO,
    },
];

/// The kind called `id`.
pub fn find(id: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.id == id)
}

/// Every document stem any kind makes, without repeats, in table order.
pub fn all_documents() -> Vec<&'static Document> {
    let mut out: Vec<&'static Document> = Vec::new();
    for k in KINDS {
        for d in k.documents {
            if !out.iter().any(|o| o.stem == d.stem) {
                out.push(d);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_consistent() {
        for k in KINDS {
            assert!(!k.documents.is_empty(), "{}", k.id);
            assert!(
                k.documents
                    .iter()
                    .all(|d| d.template.starts_with(&format!("kinds/{}/", k.id))),
                "{}: templates live in templates/kinds/{}/",
                k.id,
                k.id
            );
            assert!(find(k.id).is_some_and(|f| std::ptr::eq(f, k)), "ids are unique");
        }
    }
}
