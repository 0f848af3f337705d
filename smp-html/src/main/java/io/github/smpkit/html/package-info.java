/**
 * HTML reports of Skills Mobility Partnerships: {@link io.github.smpkit.html.HtmlReport} renders
 * what smp-rules concluded about one partnership, or about a portfolio analysed with
 * smp-portfolio, as one self-contained HTML file to share or print (IOM SMP Guidance 2023,
 * ch. 3 to 12; charts after ch. 5 on data and ch. 11 on cost sharing).
 */
package io.github.smpkit.html;
