/** The pages of the to-do list: the whole list at me/tasks.xhtml (the home page shows its head). */
package com.soegroup.accountability.web.task;
