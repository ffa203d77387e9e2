//! Digital Post: the letters' headers (never contents), sorted and filtered, marked as read or
//! unread for the session. The page loads from the `digital_post` chunk; the read marks, the
//! unread count in the menu and the overview's card ship with the shell.

pub mod card;
pub mod logic;
mod page;
mod query;
pub mod state;
pub mod texts;

use crate::page::routes::Page;

crate::lazy_route!(
    digital_post,
    DigitalPostRoutes,
    Page::DigitalPost,
    DigitalPostPage
);
use page::DigitalPostPage;
