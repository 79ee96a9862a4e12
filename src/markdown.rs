//! Markdown of the summaries, rendered to the XHTML subset that both renditions accept.
//!
//! Summaries come from editors, so they are held to a small, safe subset: paragraphs, lists,
//! emphasis, inline code and links to `https:`, `http:` or `mailto:`. Raw HTML, other link
//! schemes (`javascript:`, relative paths), images, headings, tables and the like are errors,
//! reported at their line, rather than silently dropped or passed through.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd, html};

/// How deep lists may nest in a summary. Each level indents its items; far
/// deeper than any ITU text goes, the PDF's column would have no room left.
pub const MAX_LIST_DEPTH: usize = 8;

/// A construct the summary may not contain, with its byte offset in the Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownError {
    pub offset: usize,
    pub message: String,
}

fn allowed_link(link_type: LinkType, dest: &str) -> bool {
    if link_type == LinkType::Email {
        return true;
    }
    let d = dest.trim().to_ascii_lowercase();
    d.starts_with("https://") || d.starts_with("http://") || d.starts_with("mailto:")
}

/// Renders `md` to XHTML, or lists every construct outside the subset.
pub fn render(md: &str) -> Result<String, Vec<MarkdownError>> {
    let mut errors = Vec::new();
    let mut events = Vec::new();
    // Tables and footnotes are parsed so that they are refused where they are written: left to
    // plain CommonMark, they would come out as their literal pipes and brackets.
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    let mut depth = 0;
    for (ev, range) in Parser::new_ext(md, options).into_offset_iter() {
        match &ev {
            Event::Start(Tag::List(_)) => {
                depth += 1;
                if depth == MAX_LIST_DEPTH + 1 {
                    errors.push(MarkdownError {
                        offset: range.start,
                        message: format!(
                            "lists are nested more than {MAX_LIST_DEPTH} levels deep; a summary may nest at most {MAX_LIST_DEPTH}"
                        ),
                    });
                }
            }
            Event::End(TagEnd::List(_)) => depth -= 1,
            _ => {}
        }
        let refuse = |what: &str| MarkdownError {
            offset: range.start,
            message: format!("{what} is not allowed"),
        };
        match &ev {
            Event::Html(_) | Event::InlineHtml(_) => errors.push(refuse("raw HTML")),
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            Event::Start(Tag::Link {
                link_type, dest_url, ..
            }) if !allowed_link(*link_type, dest_url) => {
                errors.push(MarkdownError {
                    offset: range.start,
                    message: format!("the link to `{dest_url}` is not allowed: links may go only to https:, http: or mailto: addresses"),
                });
            }
            Event::Start(
                Tag::Paragraph | Tag::List(_) | Tag::Item | Tag::Emphasis | Tag::Strong | Tag::Link { .. },
            )
            | Event::End(_)
            | Event::Text(_)
            | Event::Code(_)
            | Event::SoftBreak
            | Event::HardBreak => {}
            Event::Start(Tag::Heading { .. }) => errors.push(refuse("a heading")),
            Event::Start(Tag::Image { .. }) => errors.push(refuse("an image")),
            Event::Start(Tag::BlockQuote(_)) => errors.push(refuse("a block quote")),
            Event::Start(Tag::CodeBlock(_)) => errors.push(refuse("a code block")),
            Event::Rule => errors.push(refuse("a horizontal rule")),
            Event::Start(Tag::Table(_)) => errors.push(refuse("a table")),
            Event::Start(Tag::FootnoteDefinition(_)) => errors.push(refuse("a footnote")),
            Event::FootnoteReference(_) => errors.push(refuse("a footnote reference")),
            // Inside a refused table or footnote: reported once, at its start.
            Event::Start(Tag::TableHead | Tag::TableRow | Tag::TableCell) => {}
            other => errors.push(refuse(&format!("{other:?}"))),
        }
        events.push(ev);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Codes in the editor's text stay on one line with their prefix ("ITU-T X.1214").
    let events = events.into_iter().map(|ev| match ev {
        Event::Text(t) => Event::Text(crate::values::bind_codes(&t).into()),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    Ok(out.trim_end().to_string())
}

/// The characters that `md` means but does not write (entity and numeric character
/// references such as `&#x1F600;`, backslash escapes), each with the offset of what stands for
/// it, for the check of characters that the source text alone cannot see.
pub fn written_otherwise(md: &str) -> Vec<(usize, char)> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    let mut out = Vec::new();
    for (ev, range) in Parser::new_ext(md, options).into_offset_iter() {
        if let Event::Text(t) | Event::Code(t) = ev {
            let source = &md[range.clone()];
            out.extend(t.chars().filter(|c| !source.contains(*c)).map(|c| (range.start, c)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_emphasis_render() {
        let html = render("Covers:\n\n- one;\n- *two*.\n").unwrap();
        assert_eq!(
            html,
            "<p>Covers:</p>\n<ul>\n<li>one;</li>\n<li><em>two</em>.</li>\n</ul>"
        );
    }

    #[test]
    fn characters_written_as_references_are_found() {
        assert_eq!(written_otherwise("a &#x1F600; b &amp; c"), [(2, '😀')]);
        assert!(written_otherwise("plain *text*").is_empty());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(render("a < b & c").unwrap(), "<p>a &lt; b &amp; c</p>");
    }

    #[test]
    fn raw_html_is_refused() {
        let e = render("Hello <script>alert(1)</script>").unwrap_err();
        assert!(e[0].message.contains("raw HTML"), "{e:?}");
        assert_eq!(e[0].offset, 6);
        assert!(render("<div>x</div>\n").is_err());
    }

    #[test]
    fn javascript_links_are_refused_and_https_kept() {
        let e = render("[x](javascript:alert(1))").unwrap_err();
        assert!(e[0].message.contains("javascript:"), "{e:?}");
        assert!(render("[x](JavaScript:alert(1))").is_err());
        assert!(render("[x](/relative)").is_err());
        let ok = render("[ITU](https://www.itu.int) <tsbsg17@itu.int>").unwrap();
        assert!(
            ok.contains(r#"href="https://www.itu.int""#) && ok.contains(r#"href="mailto:tsbsg17@itu.int""#),
            "{ok}"
        );
    }

    #[test]
    fn tables_and_footnotes_are_refused_where_they_start() {
        let e = render("Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").unwrap_err();
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].message.contains("a table"), "{e:?}");
        assert_eq!(e[0].offset, 7);
        let e = render("A claim.[^1]\n\n[^1]: The source.\n").unwrap_err();
        let what: Vec<&str> = e.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            what,
            ["a footnote reference is not allowed", "a footnote is not allowed"]
        );
        // A pipe in a sentence is text, and so is a bracket that refers to nothing.
        assert_eq!(render("a | b [^x]").unwrap(), "<p>a | b [^x]</p>");
    }

    #[test]
    fn lists_nest_at_most_eight_deep() {
        let nested = |n: usize| -> String {
            (0..n)
                .map(|i| format!("{}- level {}\n", "  ".repeat(i), i + 1))
                .collect()
        };
        assert!(render(&nested(MAX_LIST_DEPTH)).is_ok());
        let md = nested(45);
        let e = render(&md).unwrap_err();
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].message.contains("nested more than 8"), "{e:?}");
        // Reported where the ninth level begins.
        assert_eq!(md[e[0].offset..].lines().next(), Some("- level 9"), "{e:?}");
    }

    #[test]
    fn headings_and_images_are_refused() {
        assert!(render("# Title").is_err());
        assert!(render("![x](https://a.b/c.png)").is_err());
    }
}
