/**
 * The working-day calendar (rules.md §11): the public holidays and the weekend days worked in exchange (调休) of
 * each year, kept by ADMIN by hand or from a file, which {@code shared.WorkingDays} counts every deadline with.
 * Imports only {@code shared}, {@code audit} and {@code rule.BundleKeyed}.
 */
package com.soegroup.accountability.calendar;
