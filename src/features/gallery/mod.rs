//! Komponenter: a gallery of every generic component's named examples (see
//! [`crate::components::examples`]), for designers and developers. Not in the menu; reached by
//! its address (`/komponenter`) while logged in. The page and every example load from the
//! `gallery` chunk, so none of them ships in the first view.

mod page;
pub mod texts;

use crate::page::routes::Page;

crate::lazy_route!(gallery, GalleryRoutes, Page::Gallery, GalleryPage);
use page::GalleryPage;
