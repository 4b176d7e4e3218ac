//! What the views tell the root: one message type, one callback for every child.

use vsg_core::model::ServerList;
use vsg_core::snippets::Language;
use vsg_core::{Field, Format};

use crate::i18n::Lang;
use crate::options::Theme;
use crate::state::{CopyTarget, Download, Edit, SigVersion, Tab};

/// Something the user did.
#[derive(Clone, Debug, PartialEq)]
pub enum Ui {
    /// Changed the request.
    Edit(Edit),
    /// Typed in a list's raw BackendServers editor.
    Raw(ServerList, String),
    /// Asked to move focus to a field's input (a problem in the summary, a region
    /// picked as "other").
    Focus(Field),
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Back to the operation's example, and the sandbox to its starting state.
    Reset,
    /// Sent the request to the sandbox.
    Send,
    /// Picked a language.
    Lang(Lang),
    /// Picked a theme.
    Theme(Theme),
    /// Used a copy button.
    Copy(CopyTarget),
    /// Asked for a download.
    Download(Download),
    /// Picked a runtime error to preview (its code; empty for none).
    Simulate(String),
    /// Picked an output tab.
    Show(Tab),
    /// Picked a response format.
    Response(Format),
    /// Picked a signature.
    Signature(SigVersion),
    /// Picked a snippet language.
    Snippet(Language),
    /// Asked for a fresh nonce and time.
    Regenerate,
    /// Typed in the import box.
    ImportText(String),
    /// Imported the import box's text.
    Import,
}
