/* Tijarat Academy: the little script pages need. Everything works without it; it only adds comfort. */
(function () {
    "use strict";

    // A YouTube or Vimeo video loads (and contacts that site) only when the learner asks for it.
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("button[data-embed]") : null;
        if (!button) {
            return;
        }
        var frame = document.createElement("iframe");
        frame.src = button.getAttribute("data-embed") + (button.getAttribute("data-embed").indexOf("?") < 0 ? "?" : "&") + "autoplay=1";
        frame.title = button.getAttribute("data-title") || "";
        frame.allow = "autoplay; fullscreen; picture-in-picture";
        frame.setAttribute("allowfullscreen", "");
        frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
        frame.className = "video-frame";
        button.parentNode.replaceChild(frame, button);
    });
}());
