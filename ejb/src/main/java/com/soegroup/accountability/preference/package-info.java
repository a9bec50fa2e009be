/**
 * A user's own settings kept across sign-ins (today the language of the pages); a user reads and writes only their
 * own.
 */
package com.soegroup.accountability.preference;
