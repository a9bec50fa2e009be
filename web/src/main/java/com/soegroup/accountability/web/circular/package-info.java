/** The pages of warning circulars and published handling results: the list, a circular, the home page's panel. */
package com.soegroup.accountability.web.circular;
