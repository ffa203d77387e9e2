//! The login session's life: how long it may stay idle, and what ends with it. Marks kept for the
//! session ([`SessionMarks`]) enrol here when made, so logging off forgets them all without the
//! shell naming the sections that keep them.

use leptos::prelude::*;

use super::session_marks::SessionMarks;

/// How long a session may be idle before it ends, unless the facilitator says otherwise.
pub const DEFAULT_TIMEOUT_S: u32 = 30 * 60;

/// The session's life, as a context.
#[derive(Clone, Copy)]
pub struct SessionLife {
    /// Seconds of inactivity before the session ends.
    pub timeout_s: RwSignal<u32>,
    marks: StoredValue<Vec<SessionMarks>>,
}

impl SessionLife {
    /// Forgets `marks` when the session ends.
    pub fn enrol(&self, marks: SessionMarks) {
        self.marks.update_value(|all| all.push(marks));
    }

    /// Forgets everything kept for the session (its storage is cleared by the caller).
    pub fn end(&self) {
        self.marks
            .with_value(|all| all.iter().for_each(SessionMarks::clear));
    }
}

/// Provides the session's life.
pub fn provide_session_life() -> SessionLife {
    let life = SessionLife {
        timeout_s: RwSignal::new(DEFAULT_TIMEOUT_S),
        marks: StoredValue::new(Vec::new()),
    };
    provide_context(life);
    life
}

/// The session's life provided by [`provide_session_life`].
pub fn use_session_life() -> SessionLife {
    expect_context::<SessionLife>()
}
