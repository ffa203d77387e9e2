//! The modal dialog's examples: a confirmation, and an urgent message that needs an answer.
//! Each opens from a button and gives focus back to it when it closes.

use leptos::prelude::*;

use super::ModalDialog;
use crate::components::examples::{Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "ModalDialog",
    folder: "dialog",
    about: Both(
        "En modal dialog: fokus flytter ind, når den åbner, Tab bliver inde i den, og Escape lukker den.",
        "A modal dialog: focus moves in when it opens, Tab stays inside, and Escape closes it.",
    ),
    examples: &[
        Example {
            name: Both("Bekræft en handling", "Confirm an action"),
            view: confirm,
        },
        Example {
            name: Both("Advarsel, der kræver svar", "A warning that needs an answer"),
            view: alert_dialog,
        },
    ],
};

/// A dialog with a heading, a text and two answers, opened by `opener_text`.
fn dialog(
    id: &'static str,
    role: &'static str,
    opener_text: Both,
    heading: Both,
    text: Both,
    answers: [Both; 2],
) -> AnyView {
    let open = RwSignal::new(false);
    let opener = NodeRef::<leptos::html::Button>::new();
    let close = Callback::new(move |()| {
        open.set(false);
        if let Some(button) = opener.get_untracked() {
            let _ = button.focus();
        }
    });
    // The ids inside the dialog, unique per example.
    let (heading_id, text_id) = match id {
        "example-dialog-confirm" => (
            "example-dialog-confirm-heading",
            "example-dialog-confirm-text",
        ),
        _ => ("example-dialog-alert-heading", "example-dialog-alert-text"),
    };
    let [yes, no] = answers;
    view! {
        <button type="button" class="button button-secondary" node_ref=opener data-testid=format!("{id}-open") on:click=move |_| open.set(true)>
            {opener_text.signal()}
        </button>
        <ModalDialog id class="confirm-dialog" labelled_by=heading_id described_by=text_id role open on_close=close>
            <div class="confirm-dialog-box">
                <h2 id=heading_id class="h3">{heading.signal()}</h2>
                <p id=text_id>{text.signal()}</p>
                <p class="d-flex">
                    <button type="button" class="button button-primary mr-4" on:click=move |_| close.run(())>{yes.signal()}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| close.run(())>{no.signal()}</button>
                </p>
            </div>
        </ModalDialog>
        <div class="confirm-backdrop" class:is-visible=open aria-hidden="true"></div>
    }
    .into_any()
}

/// Withdrawing a consent asks first.
pub fn confirm() -> AnyView {
    dialog(
        "example-dialog-confirm",
        "dialog",
        Both("Træk samtykke tilbage", "Withdraw consent"),
        Both(
            "Vil du trække samtykket tilbage?",
            "Do you want to withdraw the consent?",
        ),
        Both(
            "Vejle Kommune må så ikke længere hente dine indkomstoplysninger.",
            "Vejle Municipality may then no longer fetch your income details.",
        ),
        [Both("Træk tilbage", "Withdraw"), Both("Annuller", "Cancel")],
    )
}

/// The session is about to end: an alert dialog, described by its message.
pub fn alert_dialog() -> AnyView {
    dialog(
        "example-dialog-alert",
        "alertdialog",
        Both("Vis advarsel om log af", "Show the log-off warning"),
        Both("Du bliver snart logget af", "You will soon be logged out"),
        Both(
            "Du har ikke gjort noget i et stykke tid. Du bliver logget af om 2:00.",
            "You have not done anything for a while. You will be logged out in 2:00.",
        ),
        [Both("Fortsæt", "Continue"), Both("Log af", "Log off")],
    )
}
