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

    // The lesson player remembers where a video is and how much of it was watched: a small report
    // every 15 seconds of playing, on pause and when the page is left. Watched time grows only
    // while the video really plays (skipping ahead does not count); the server caps it by the clock.
    var video = document.querySelector("video[data-progress-url]");
    if (video && video.getAttribute("data-progress-url")) {
        var url = video.getAttribute("data-progress-url");
        var watched = parseInt(video.getAttribute("data-watched"), 10) || 0;
        var resume = parseInt(video.getAttribute("data-resume"), 10) || 0;
        var last = null;
        var unsent = 0;
        var report = function (leaving) {
            if (!isFinite(video.duration) || video.duration <= 0) {
                return;
            }
            var body = new URLSearchParams({
                position: String(Math.floor(video.currentTime)),
                watched: String(Math.floor(watched)),
                duration: String(Math.floor(video.duration))
            });
            unsent = 0;
            if (leaving && navigator.sendBeacon) {
                navigator.sendBeacon(url, body);
                return;
            }
            fetch(url, {method: "POST", body: body, credentials: "same-origin", headers: {"Accept": "application/json"}})
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (state) {
                    var done = document.getElementById("lesson-done");
                    if (state && state.completed && done) {
                        done.hidden = false;
                        var form = document.getElementById("complete-form");
                        if (form) {
                            form.hidden = true;
                        }
                    }
                })
                .catch(function () { unsent = 15; });
        };
        video.addEventListener("loadedmetadata", function () {
            if (resume > 0 && resume < video.duration - 1) {
                video.currentTime = resume;
            }
        });
        video.addEventListener("timeupdate", function () {
            if (last !== null && !video.paused && !video.seeking) {
                var step = video.currentTime - last;
                if (step > 0 && step < 3) {
                    watched = Math.min(watched + step, video.duration);
                    unsent += step;
                }
            }
            last = video.currentTime;
            if (unsent >= 15) {
                report(false);
            }
        });
        video.addEventListener("seeking", function () { last = null; });
        video.addEventListener("pause", function () { report(false); });
        video.addEventListener("ended", function () { report(false); });
        document.addEventListener("visibilitychange", function () {
            if (document.visibilityState === "hidden") {
                report(true);
            }
        });
    }
}());
