/*
 * Checks the files of a form against the limits of the server before the form is sent: a request over the
 * server's limit is refused before any page code runs, and the user would lose what they typed. Applies to
 * file inputs inside an element with class "upload-limits" (WEB-INF/includes/upload-limits.xhtml); the server
 * checks the files again whatever the browser did.
 */
(function () {
    'use strict';

    function format(pattern, values) {
        return pattern.replace(/\{(\d)\}/g, function (match, i) {
            return values[Number(i)];
        });
    }

    function megabytes(bytes) {
        return String(Math.round(bytes / 1048576));
    }

    function problem(box) {
        var files = [];
        box.querySelectorAll('input[type=file]').forEach(function (input) {
            Array.prototype.push.apply(files, Array.prototype.slice.call(input.files || []));
        });
        var maxFile = Number(box.dataset.maxFile);
        var maxTotal = Number(box.dataset.maxTotal);
        var maxFiles = Number(box.dataset.maxFiles);
        if (files.length > maxFiles) {
            return format(box.dataset.tooMany, [maxFiles]);
        }
        var total = 0;
        for (var i = 0; i < files.length; i++) {
            if (files[i].size > maxFile) {
                return format(box.dataset.tooLarge, [files[i].name, megabytes(maxFile)]);
            }
            total += files[i].size;
        }
        return total > maxTotal ? format(box.dataset.tooMuch, [megabytes(maxTotal)]) : null;
    }

    function show(box, text) {
        var message = box.querySelector('.upload-limits-message');
        if (!message) {
            message = document.createElement('div');
            message.className = 'upload-limits-message app-message app-message-error';
            message.setAttribute('role', 'alert');
            box.insertBefore(message, box.firstChild);
        }
        message.textContent = text || '';
        message.hidden = !text;
    }

    document.addEventListener('submit', function (event) {
        event.target.querySelectorAll('.upload-limits').forEach(function (box) {
            var text = problem(box);
            show(box, text);
            if (text) {
                event.preventDefault();
                event.stopImmediatePropagation();
            }
        });
    }, true);

    document.addEventListener('change', function (event) {
        var box = event.target.closest && event.target.closest('.upload-limits');
        if (box && event.target.type === 'file') {
            show(box, problem(box));
        }
    });
})();
