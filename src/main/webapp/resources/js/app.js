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
    // Quiz attempts: each answer is saved the moment it changes (text after a short pause), one
    // question per request; a failed save is retried and the status line says so. The countdown
    // is drawn every second but announced to screen readers only at a few points.
    var attemptForm = document.getElementById("attempt-form");
    if (attemptForm && attemptForm.getAttribute("data-answers-url")) {
        var answersUrl = attemptForm.getAttribute("data-answers-url");
        var status = document.getElementById("save-status");
        var timers = {};
        var pending = {};
        var closed = false;
        var say = function (text) {
            if (status) {
                status.textContent = text;
            }
        };
        var responseOf = function (question) {
            var type = question.getAttribute("data-type");
            var position = question.getAttribute("data-position");
            var picks = [];
            var text = "";
            if (type === "SINGLE_CHOICE" || type === "TRUE_FALSE" || type === "MULTIPLE_CHOICE") {
                question.querySelectorAll("input:checked").forEach(function (input) { picks.push(parseInt(input.value, 10)); });
            } else if (type === "MATCHING") {
                question.querySelectorAll("select").forEach(function (select) { picks.push(parseInt(select.value, 10) || 0); });
            } else if (type === "ORDERING") {
                var items = [];
                question.querySelectorAll("select[data-item]").forEach(function (select, index) {
                    items.push({id: parseInt(select.getAttribute("data-item"), 10), place: parseInt(select.value, 10), shown: index});
                });
                items.sort(function (a, b) { return a.place - b.place || a.shown - b.shown; });
                picks = items.map(function (item) { return item.id; });
            } else {
                var field = question.querySelector("[name='q" + position + "']");
                text = field ? field.value : "";
            }
            return {picks: picks, text: text};
        };
        var save = function (question, attempt) {
            var position = question.getAttribute("data-position");
            pending[position] = true;
            say(status.getAttribute("data-saving"));
            fetch(answersUrl + position, {
                method: "PUT", credentials: "same-origin",
                headers: {"Content-Type": "application/json", "Accept": "application/json"},
                body: JSON.stringify(responseOf(question))
            }).then(function (response) {
                if (response.ok) {
                    delete pending[position];
                    if (Object.keys(pending).length === 0) {
                        say(status.getAttribute("data-saved").replace("{0}", new Date().toLocaleTimeString()));
                    }
                    return null;
                }
                return response.json().then(function (problem) {
                    delete pending[position];
                    closed = response.status === 422 || response.status === 404;
                    say(problem && problem.title ? problem.title : status.getAttribute("data-failed"));
                });
            }).catch(function () {
                say(status.getAttribute("data-failed"));
                var wait = Math.min(30000, 1000 * Math.pow(2, attempt || 0));
                timers[position] = setTimeout(function () { save(question, (attempt || 0) + 1); }, wait);
            });
        };
        var changed = function (event, delay) {
            var question = event.target.closest ? event.target.closest("li.question") : null;
            if (!question || closed) {
                return;
            }
            var position = question.getAttribute("data-position");
            clearTimeout(timers[position]);
            timers[position] = setTimeout(function () { save(question, 0); }, delay);
        };
        attemptForm.addEventListener("change", function (event) { changed(event, 0); });
        attemptForm.addEventListener("input", function (event) {
            if (event.target.tagName === "TEXTAREA" || event.target.type === "text") {
                changed(event, 800);
            }
        });

        var countdown = document.getElementById("countdown");
        if (countdown) {
            var left = parseInt(countdown.getAttribute("data-seconds-left"), 10);
            var ends = Date.now() + left * 1000;
            var announce = document.getElementById("countdown-announce");
            var marks = [600, 300, 120, 60, 30];
            var format = function (seconds) {
                if (seconds >= 60) {
                    return countdown.getAttribute("data-label-minutes").replace("{0}", String(Math.ceil(seconds / 60)));
                }
                return countdown.getAttribute("data-label-seconds").replace("{0}", String(seconds));
            };
            var tick = function () {
                var seconds = Math.max(0, Math.round((ends - Date.now()) / 1000));
                countdown.textContent = format(seconds);
                if (marks.length && seconds <= marks[0]) {
                    while (marks.length && seconds <= marks[0]) {
                        marks.shift();
                    }
                    if (announce) {
                        announce.textContent = format(seconds);
                    }
                }
                if (seconds === 0) {
                    var submit = document.getElementById("submit");
                    if (submit && !closed) {
                        closed = true;
                        submit.setAttribute("data-auto", "true");
                        submit.click();
                    }
                    return;
                }
                setTimeout(tick, 1000);
            };
            tick();
        }
    }
    // A page showing background work in progress (a regrade) reloads itself until it is done.
    var reloading = document.querySelector("[data-reload-seconds]");
    if (reloading) {
        setTimeout(function () { window.location.reload(); }, 1000 * (parseInt(reloading.getAttribute("data-reload-seconds"), 10) || 3));
    }
}());
