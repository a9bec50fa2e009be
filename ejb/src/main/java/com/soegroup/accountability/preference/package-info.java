/**
 * A user's own settings kept across sign-ins (the language of the pages, whether the daily to-do digest is
 * mailed); a user reads and writes only their own.
 */
package com.soegroup.accountability.preference;
