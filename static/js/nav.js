// Header menus: the main menu folds behind a button on small screens (site.css shows it
// only when scripting is on), and the account menu closes on Escape or a click elsewhere.
(() => {
  "use strict";

  function setupMainMenu() {
    const toggle = document.querySelector(".nav-toggle");
    const menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (!menu) return;

    const setOpen = (open) => {
      toggle.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("is-open", open);
    };

    toggle.addEventListener("click", () => {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  function setupUserMenus() {
    document.querySelectorAll("details.user-menu").forEach((details) => {
      const summary = details.querySelector("summary");
      document.addEventListener("click", (event) => {
        if (details.open && !details.contains(event.target)) details.open = false;
      });
      details.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && details.open) {
          event.stopPropagation();
          details.open = false;
          summary.focus();
        }
      });
    });
  }

  setupMainMenu();
  setupUserMenus();
})();
