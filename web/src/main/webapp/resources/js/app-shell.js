/*
 * What the pages' frame does in the browser, in a file of its own because the Content-Security-Policy allows no
 * inline script:
 * - on a phone the header folds the user's line and the menu behind a button (#app-menu-toggle); the stylesheet
 *   folds them only once this script has marked the page (class app-js), so that without scripts nothing is hidden;
 * - a receipt can be copied (Clipboard API; where the browser refuses it, e.g. on a plain-http intranet address, the
 *   text is selected for the user to copy) and printed. Their buttons stay hidden without scripts.
 */
(function () {
    'use strict';

    document.documentElement.classList.add('app-js');

    function setMenuOpen(toggle, open) {
        document.body.classList.toggle('app-nav-open', open);
        toggle.setAttribute('aria-expanded', String(open));
    }

    function initMenu() {
        var toggle = document.getElementById('app-menu-toggle');
        if (!toggle) {
            return;
        }
        toggle.addEventListener('click', function () {
            setMenuOpen(toggle, !document.body.classList.contains('app-nav-open'));
        });
        // Escape closes the open menu and gives the focus back to its button, as a disclosure does
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && document.body.classList.contains('app-nav-open')) {
                setMenuOpen(toggle, false);
                toggle.focus();
            }
        });
    }

    function select(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    function say(button, text) {
        var status = document.getElementById(button.getAttribute('data-status'));
        if (status) {
            status.textContent = text;
        }
    }

    function initCopy(button) {
        var target = document.getElementById(button.getAttribute('data-copy-target'));
        if (!target) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            var text = target.textContent.trim();
            // selected in any case: the user sees what is copied, and can copy it by hand when the browser refuses
            select(target);
            var fallback = function () {
                var copied = false;
                try {
                    copied = document.execCommand('copy');
                } catch (e) {
                    copied = false;
                }
                say(button, button.getAttribute(copied ? 'data-copied' : 'data-selected'));
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(function () {
                    say(button, button.getAttribute('data-copied'));
                }, fallback);
            } else {
                fallback();
            }
        });
    }

    function initPrint(button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            window.print();
        });
    }

    function init() {
        initMenu();
        document.querySelectorAll('[data-copy-target]').forEach(initCopy);
        document.querySelectorAll('[data-print]').forEach(initPrint);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
